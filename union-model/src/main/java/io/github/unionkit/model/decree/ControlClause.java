package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.RequiredText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * The clause that says who supervises the resolution's execution: "Контроль за выполнением настоящего
 * постановления возложить на председателя организации Бугрееву Т.М."
 *
 * <p>The control clause is also an ordinary numbered clause of the resolution; this record types it.
 * Its written form usually names a person, so {@link #toString()} prints only the number and the
 * (redacting) controller.
 *
 * <p>Control may be shared: "возложить на председателя … Иванову И.И. и заместителя председателя …
 * Петрова П.П." has two controllers, in the order written.
 *
 * @param number the clause's number
 * @param controllers who supervises, in the order written; unmodifiable, at least one
 * @param asWritten the clause's text as written, without its number; whitespace-normalised, not blank
 */
public record ControlClause(@NotNull ClauseNumber number, @NotNull List<@NotNull @Valid Assignee> controllers,
        @NotBlank String asWritten) {

    /**
     * Creates a control clause, normalising its text.
     *
     * @throws NullPointerException if an argument or a controller is null
     * @throws InvalidResolutionException if {@code controllers} is empty or {@code asWritten} is blank
     */
    public ControlClause {
        Objects.requireNonNull(number, "number");
        controllers = List.copyOf(Objects.requireNonNull(controllers, "controllers"));
        if (controllers.isEmpty()) {
            throw new InvalidResolutionException(InvalidResolutionException.ErrorType.NO_ASSIGNEES, "controllers",
                    number, "a control clause needs a controller");
        }
        asWritten = RequiredText.of("asWritten", asWritten);
    }

    /**
     * Returns a control clause with several controllers.
     *
     * @param number the clause's number, not null
     * @param controllers who supervises, at least one, not null
     * @param asWritten the clause's text, not blank
     * @return the control clause
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code controllers} is empty or {@code asWritten} is blank
     */
    public static ControlClause of(ClauseNumber number, List<Assignee> controllers, String asWritten) {
        return new ControlClause(number, controllers, asWritten);
    }

    /**
     * Returns the first controller written (the only one, usually).
     *
     * @return the controller
     */
    public Assignee controller() {
        return controllers.get(0);
    }

    /**
     * Returns a control clause.
     *
     * @param number the clause's number, not null
     * @param controller who supervises, not null
     * @param asWritten the clause's text without its number, not null, not blank
     * @return the control clause
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    public static ControlClause of(ClauseNumber number, Assignee controller, String asWritten) {
        return new ControlClause(number, List.of(Objects.requireNonNull(controller, "controller")), asWritten);
    }

    /**
     * Returns a description without the written text, which usually names a person.
     *
     * @return the number and the controller
     */
    @Override
    public String toString() {
        return "ControlClause[number=" + number + ", controllers=" + controllers + "]";
    }
}
