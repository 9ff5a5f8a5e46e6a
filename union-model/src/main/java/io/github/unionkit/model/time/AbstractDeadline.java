package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * What every {@link Deadline} kind shares: the kind, the window, the optional phrase, and equality,
 * hash code and text form over the kind's typed values and the phrase. Each final kind keeps only its
 * typed values, the window they span, and its factory arguments.
 *
 * <p>Not public and not a {@code Deadline} itself, so that {@code Deadline} keeps permitting exactly the
 * final kinds. Immutable and thread-safe.
 */
abstract class AbstractDeadline {
    private final DeadlineKind kind;
    private final String label;
    private final LocalDateRange window;
    // null when absent: the API exposes Optional, the field need not be one
    private final String phrase;

    /**
     * Keeps the shared state; checks the phrase after the subclass has computed (and so checked) the
     * window from its values.
     *
     * @param kind the kind of the subclass
     * @param label the name {@link #toString()} prints before the brackets
     * @param window the window spanned by the typed values
     * @param phrase the phrase as written, or null when absent
     */
    AbstractDeadline(DeadlineKind kind, String label, LocalDateRange window, String phrase) {
        this.kind = kind;
        this.label = label;
        this.window = window;
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Keeps the kind, label and window of {@code source} with another phrase: {@code withPhrase} and
     * {@code withoutPhrase} need not compute (and check) the window again.
     *
     * @param source the deadline whose values are kept
     * @param phrase the phrase as written, or null when absent
     */
    AbstractDeadline(AbstractDeadline source, String phrase) {
        this.kind = source.kind;
        this.label = source.label;
        this.window = source.window;
        this.phrase = phrase == null ? null : DeadlineSupport.checkPhrase(phrase);
    }

    /**
     * Returns the typed values, in factory-argument order, that the text form prints (besides the
     * phrase). Equality and the hash code do not use it: they compare fields and allocate nothing.
     *
     * @return a new array of the typed values, none null
     */
    abstract Object[] values();

    /**
     * Compares this deadline's own values with those of another of the same class; the phrase is
     * compared by {@link #equals(Object)}. Field by field, so that equality allocates nothing.
     *
     * @param other a deadline of this deadline's class
     * @return true if the values are equal
     */
    abstract boolean sameValues(AbstractDeadline other);

    /**
     * Returns a hash of this deadline's own values, consistent with {@link #sameValues}.
     *
     * @return the hash
     */
    abstract int valuesHash();

    /**
     * Tells whether a phrase is present, for {@code withoutPhrase()}.
     *
     * @return true if this deadline carries a phrase
     */
    final boolean hasPhrase() {
        return phrase != null;
    }

    /**
     * Returns the days within which the duty falls.
     *
     * @return the window, never null
     */
    public final LocalDateRange window() {
        return window;
    }

    /**
     * Returns the last day of the window when the kind has one ({@link DeadlineKind#hasLastDay()}).
     *
     * @return the last day, or empty for the kinds without one
     */
    public final Optional<LocalDate> lastDay() {
        return kind.hasLastDay() ? Optional.of(window.getEndInclusive()) : Optional.empty();
    }

    /**
     * Returns the kind of this deadline.
     *
     * @return the kind, never null
     */
    public final DeadlineKind kind() {
        return kind;
    }

    /**
     * Returns the phrase as written in the decree, if one was attached.
     *
     * @return the phrase, or empty when absent
     */
    public final Optional<String> phrase() {
        return Optional.ofNullable(phrase);
    }

    /**
     * Compares the typed values and the phrase.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a deadline of the same class with equal values and an equal phrase
     *     (or both without one)
     */
    @Override
    public final boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        AbstractDeadline other = (AbstractDeadline) obj;
        return Objects.equals(phrase, other.phrase) && sameValues(other);
    }

    /**
     * Returns a hash code of the typed values and the phrase, consistent with {@link #equals(Object)};
     * the same as {@code Objects.hash(value1, ..., phrase)}.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return 31 * valuesHash() + Objects.hashCode(phrase);
    }

    /**
     * Returns the factory name followed by the factory's arguments in ISO form in brackets, separated
     * by {@code ", "}, followed inside the brackets by the quoted phrase (with {@code \} escapes) when
     * there is one, e.g. {@code Between[2016-05-20, 2016-05-21 "20-21 мая 2016 года"]} or
     * {@code Unspecified[]}.
     *
     * @return the text form
     */
    @Override
    public final String toString() {
        Object[] values = values();
        StringBuilder arguments = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                arguments.append(", ");
            }
            arguments.append(values[i]);
        }
        return DeadlineSupport.describe(label, arguments.toString(), phrase);
    }
}
