package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The deadline of an assignment that states none ("Оказание практической помощи …" without a term):
 * window {@link LocalDateRange#ALL}, no last day, status always {@link DeadlineStatus#ONGOING}.
 *
 * <p>The window is unbounded at both ends rather than starting at the document date because
 * {@link Deadline#unspecified()} is given no date and nothing in the text bounds the duty; callers
 * that want a start use {@link Deadline#ongoing(LocalDate)}. A phrase may still be attached (for
 * example "в установленные сроки"). Built by {@link Deadline#unspecified()}; immutable and
 * thread-safe.
 */
public final class UnspecifiedDeadline implements Deadline {
    /** The unspecified deadline without a phrase. */
    static final UnspecifiedDeadline INSTANCE = new UnspecifiedDeadline(null);

    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    private UnspecifiedDeadline(String phrase) {
        this.window = LocalDateRange.ALL;
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link LocalDateRange#ALL}
     */
    @Override
    public LocalDateRange window() {
        return window;
    }

    /**
     * {@inheritDoc}
     *
     * @return always empty
     */
    @Override
    public Optional<LocalDate> lastDay() {
        return Optional.empty();
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link DeadlineKind#UNSPECIFIED}
     */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.UNSPECIFIED;
    }

    @Override
    public Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    @Override
    public UnspecifiedDeadline withPhrase(String phrase) {
        return new UnspecifiedDeadline(Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public UnspecifiedDeadline withoutPhrase() {
        return phrase == null ? this : INSTANCE;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitUnspecified(this);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a {@code UnspecifiedDeadline} with equal values and an equal phrase (or
     *     both without one)
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof UnspecifiedDeadline)) {
            return false;
        }
        UnspecifiedDeadline other = (UnspecifiedDeadline) obj;
        return Objects.equals(phrase, other.phrase);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(phrase);
    }

    /**
     * Returns {@code Unspecified[]}, the factory's arguments in ISO form, followed inside the
     * brackets by the quoted phrase (with {@code \} escapes) when there is one, e.g.
     * {@code Unspecified["срок не указан"]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return DeadlineSupport.describe("Unspecified", "", phrase);
    }
}
