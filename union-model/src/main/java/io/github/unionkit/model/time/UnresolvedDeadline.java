package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A deadline phrase that is kept but cannot be resolved to days: the decree's date is unknown and the
 * phrase needs it ("в январе", "до конца года" in a draft without a date), or the grammar refused the
 * phrase ("до 2025 года", which could mean either the start or the end of 2025).
 *
 * <p>Nothing is guessed: the window is {@link LocalDateRange#ALL} (nothing bounds it that is known),
 * there is no last day, and the status is {@link DeadlineStatus#UNKNOWN} as of every date, so an
 * unresolved deadline is never reported overdue, nor due. The phrase as written is the value of this
 * kind ({@link #text()}, required, part of equality); it is also attached as {@link #phrase()} by the
 * factories, and {@link #withoutPhrase()} removes only that attachment, never {@link #text()}.
 *
 * <p>Built by {@link Deadline#unresolved(String, Reason)} and {@link Deadline#refused(String, Refusal)};
 * immutable and thread-safe.
 */
public final class UnresolvedDeadline extends AbstractDeadline implements Deadline {

    /** Why a phrase could not be resolved. */
    public enum Reason {
        /**
         * The phrase needs the document date ("в январе", "до конца года", "в течение месяца") and the
         * date of the decree is unknown (a draft, or a date that could not be read).
         */
        NO_DOCUMENT_DATE,
        /** The grammar refused the phrase; {@link UnresolvedDeadline#refusal()} says why. */
        REFUSED
    }

    /**
     * Why the grammar refused a phrase: the model-level equivalent of the text parser's error types
     * (union-text's {@code DeadlineParseException.ErrorType}, of the same names), since the model does
     * not depend on the parser.
     */
    public enum Refusal {
        /** The phrase is longer than the parser was configured to read. */
        TOO_LONG,
        /** No deadline form starts at the beginning of the phrase. */
        UNKNOWN_PHRASE,
        /** A deadline form started, but the text does not continue it. */
        UNEXPECTED_TEXT,
        /** The phrase ends before its deadline form is complete ("в первом"). */
        INCOMPLETE,
        /** A day or month that does not exist: "31 апреля". */
        INVALID_DATE,
        /** A range whose first day, month or year comes after its last. */
        INVALID_RANGE,
        /** The deadline ends before the document date. */
        BEFORE_DOCUMENT_DATE,
        /** A recognised form that is deliberately not computed ("до 2025 года", two-digit years). */
        UNSUPPORTED,
        /** A term in working days that reaches a year the working-day calendar has no data for. */
        NO_CALENDAR
    }

    private final String text;
    private final Reason reason;
    private final Refusal refusal;

    private UnresolvedDeadline(UnresolvedDeadline source, String phrase) {
        super(source, phrase);
        this.text = source.text;
        this.reason = source.reason;
        this.refusal = source.refusal;
    }


    private UnresolvedDeadline(String text, Reason reason, Refusal refusal, String phrase) {
        super(DeadlineKind.UNRESOLVED, "Unresolved", LocalDateRange.ALL, phrase);
        this.text = DeadlineSupport.checkPhrase(text);
        this.reason = reason;
        this.refusal = refusal;
    }

    /**
     * Creates the deadline; the public entry points are {@link Deadline#unresolved(String, Reason)} and
     * {@link Deadline#refused(String, Refusal)}.
     *
     * @param text the phrase as written, not null, not blank, at most {@link Deadline#MAX_PHRASE_LENGTH}
     *     chars
     * @param reason why it is unresolved, not null
     * @param refusal why the grammar refused it: present exactly when {@code reason} is
     *     {@link Reason#REFUSED}, else null
     * @return the deadline, with {@code text} also attached as its phrase
     */
    static UnresolvedDeadline of(String text, Reason reason, Refusal refusal) {
        Objects.requireNonNull(text, "phrase");
        Objects.requireNonNull(reason, "reason");
        if ((reason == Reason.REFUSED) != (refusal != null)) {
            throw new IllegalArgumentException(reason == Reason.REFUSED
                    ? "a refused phrase needs its refusal: use Deadline.refused(phrase, refusal)"
                    : "only a REFUSED phrase has a refusal");
        }
        return new UnresolvedDeadline(text, reason, refusal, text);
    }

    /**
     * Returns the phrase as written that could not be resolved.
     *
     * @return the phrase, never blank
     */
    public String text() {
        return text;
    }

    /**
     * Returns why the phrase could not be resolved.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns why the grammar refused the phrase.
     *
     * @return the refusal, present exactly when {@link #reason()} is {@link Reason#REFUSED}
     */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }


    @Override
    public UnresolvedDeadline withPhrase(String phrase) {
        return new UnresolvedDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    /**
     * Returns this deadline without its attached phrase; {@link #text()} stays, it is the value.
     *
     * @return the deadline with an empty {@link #phrase()}
     */
    @Override
    public UnresolvedDeadline withoutPhrase() {
        return hasPhrase() ? new UnresolvedDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitUnresolved(this);
    }

    @Override
    Object[] values() {
        return refusal == null ? new Object[] {reason, DeadlineSupport.quote(text)}
                : new Object[] {reason, refusal, DeadlineSupport.quote(text)};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        UnresolvedDeadline that = (UnresolvedDeadline) other;
        return Objects.equals(reason, that.reason) && Objects.equals(text, that.text) && Objects.equals(refusal, that.refusal);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(reason);
        hash = 31 * hash + Objects.hashCode(text);
        hash = 31 * hash + Objects.hashCode(refusal);
        return hash;
    }
}
