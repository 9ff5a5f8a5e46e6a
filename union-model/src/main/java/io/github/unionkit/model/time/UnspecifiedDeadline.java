package io.github.unionkit.model.time;

import java.time.LocalDate;
import java.util.Objects;
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
public final class UnspecifiedDeadline extends AbstractDeadline implements Deadline {
    /** The unspecified deadline without a phrase. */
    static final UnspecifiedDeadline INSTANCE = new UnspecifiedDeadline(null);

    private UnspecifiedDeadline(String phrase) {
        super(DeadlineKind.UNSPECIFIED, "Unspecified", LocalDateRange.ALL, phrase);
    }

    @Override
    public UnspecifiedDeadline withPhrase(String phrase) {
        return new UnspecifiedDeadline(Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public UnspecifiedDeadline withoutPhrase() {
        return hasPhrase() ? INSTANCE : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitUnspecified(this);
    }

    @Override
    Object[] values() {
        return new Object[0];
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        return true;
    }

    @Override
    int valuesHash() {
        return 1;
    }
}
