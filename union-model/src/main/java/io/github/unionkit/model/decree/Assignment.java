package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.time.Deadline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * One task a resolution sets: who must do it, what, and by when. "Поручить Президиуму …: Организовать:
 * В течение 2021 года проведение серии обучающих семинаров …" is the assignment
 * ({@code BodyOf(PRESIDIUM, …)}, "Организовать", "проведение серии обучающих семинаров …",
 * {@code inYear(2021)} written "В течение 2021 года").
 *
 * <p>The action and subject are kept as written (whitespace-normalised): the action is the verb or
 * verb phrase that governs the task, the subject is the rest of the task without the deadline phrase,
 * which lives in the typed {@link #deadline()} together with its written form.
 *
 * @param assignees who must do it, in the order written; not empty, unmodifiable
 * @param action the governing verb as written, e.g. "Организовать"; not blank
 * @param subject what is to be done, as written, without the deadline phrase; not blank
 * @param deadline by when; {@link Deadline#unspecified()} when the text sets no deadline
 */
public record Assignment(
        @NotEmpty List<@Valid Assignee> assignees,
        @NotBlank String action,
        @NotBlank String subject,
        @NotNull Deadline deadline) {

    /**
     * Creates an assignment, copying the assignees and normalising the texts.
     *
     * @throws NullPointerException if an argument or an assignee is null
     * @throws InvalidResolutionException if there is no assignee or a text is blank
     */
    public Assignment {
        assignees = List.copyOf(Objects.requireNonNull(assignees, "assignees"));
        if (assignees.isEmpty()) {
            throw new InvalidResolutionException(ErrorType.NO_ASSIGNEES, "assignees",
                    "an assignment needs at least one assignee");
        }
        action = RequiredText.of("action", action);
        subject = RequiredText.of("subject", subject);
        Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * Returns an assignment to one assignee.
     *
     * @param assignee who must do it, not null
     * @param action the governing verb as written, not null, not blank
     * @param subject what is to be done, not null, not blank
     * @param deadline by when, not null
     * @return the assignment
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if a text is blank
     */
    public static Assignment of(Assignee assignee, String action, String subject, Deadline deadline) {
        return new Assignment(List.of(Objects.requireNonNull(assignee, "assignee")), action, subject, deadline);
    }

    /**
     * Returns an assignment to several assignees.
     *
     * @param assignees who must do it, not empty, no nulls
     * @param action the governing verb as written, not null, not blank
     * @param subject what is to be done, not null, not blank
     * @param deadline by when, not null
     * @return the assignment
     * @throws NullPointerException if an argument or an assignee is null
     * @throws InvalidResolutionException if there is no assignee or a text is blank
     */
    public static Assignment of(List<Assignee> assignees, String action, String subject, Deadline deadline) {
        return new Assignment(assignees, action, subject, deadline);
    }

    /**
     * Returns a copy of this assignment with another deadline.
     *
     * @param newDeadline the deadline, not null
     * @return the copy
     * @throws NullPointerException if {@code newDeadline} is null
     */
    public Assignment withDeadline(Deadline newDeadline) {
        return new Assignment(assignees, action, subject, newDeadline);
    }
}
