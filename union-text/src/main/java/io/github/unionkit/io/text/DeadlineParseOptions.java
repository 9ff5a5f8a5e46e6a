package io.github.unionkit.io.text;

import io.github.unionkit.model.time.UntilPolicy;
import java.util.Objects;

/**
 * How {@link RussianDeadlines} reads: the policy for "до X", and the input caps.
 *
 * <p>{@link #defaults()} reads "до X" as {@link UntilPolicy#EXCLUSIVE} (last day X − 1, as Russian
 * legal practice does), accepts phrases of up to {@value #DEFAULT_MAX_PHRASE_LENGTH} characters and
 * texts of up to {@value #DEFAULT_MAX_TEXT_LENGTH} characters. Immutable; change one setting with the
 * {@code with…} methods.
 *
 * @param untilPolicy how "до X" and "в срок до X" treat the day X; "до X включительно" is always
 *     inclusive whatever the policy
 * @param maxPhraseLength the longest text {@link RussianDeadlines#parse} reads, at least 1
 * @param maxTextLength the longest text {@link RussianDeadlines#findAll} scans, at least 1
 */
public record DeadlineParseOptions(UntilPolicy untilPolicy, int maxPhraseLength, int maxTextLength) {

    /** The default cap on a phrase: the longest phrase a deadline can keep. */
    public static final int DEFAULT_MAX_PHRASE_LENGTH = 1_000;

    /** The default cap on a scanned text: two million characters, far more than any decree. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 2_000_000;

    private static final DeadlineParseOptions DEFAULTS =
            new DeadlineParseOptions(UntilPolicy.EXCLUSIVE, DEFAULT_MAX_PHRASE_LENGTH, DEFAULT_MAX_TEXT_LENGTH);

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if {@code untilPolicy} is null
     * @throws IllegalArgumentException if a cap is less than 1
     */
    public DeadlineParseOptions {
        Objects.requireNonNull(untilPolicy, "untilPolicy");
        if (maxPhraseLength < 1) {
            throw new IllegalArgumentException("maxPhraseLength must be at least 1: " + maxPhraseLength);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be at least 1: " + maxTextLength);
        }
    }

    /**
     * Returns the default options: {@link UntilPolicy#EXCLUSIVE} and the default caps.
     *
     * @return the defaults
     */
    public static DeadlineParseOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with another policy for "до X".
     *
     * @param policy the policy, not null
     * @return the changed options
     */
    public DeadlineParseOptions withUntilPolicy(UntilPolicy policy) {
        return new DeadlineParseOptions(policy, maxPhraseLength, maxTextLength);
    }

    /**
     * Returns these options with another cap on phrases.
     *
     * @param length the longest phrase to read, at least 1
     * @return the changed options
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public DeadlineParseOptions withMaxPhraseLength(int length) {
        return new DeadlineParseOptions(untilPolicy, length, maxTextLength);
    }

    /**
     * Returns these options with another cap on scanned texts.
     *
     * @param length the longest text to scan, at least 1
     * @return the changed options
     * @throws IllegalArgumentException if {@code length} is less than 1
     */
    public DeadlineParseOptions withMaxTextLength(int length) {
        return new DeadlineParseOptions(untilPolicy, maxPhraseLength, length);
    }
}
