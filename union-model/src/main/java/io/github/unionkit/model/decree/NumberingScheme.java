package io.github.unionkit.model.decree;

/**
 * A way of writing decree numbers. The scheme decides which counters a number carries and how its
 * canonical display form looks.
 */
public enum NumberingScheme {
    /** Meeting and question: {@code 3-1} (the education union's scheme). */
    MEETING_ITEM,
    /** Meeting, question and sub-question: {@code 5-1.1}. */
    MEETING_ITEM_SUB,
    /** Dotted pair: {@code 25.61}. */
    DOTTED,
    /** Slashed pair: {@code 1/7}. */
    SLASHED,
    /** A plain sequential number, zero padding kept: {@code 07}. */
    SEQUENTIAL,
    /** A joint decree of several issuers: parts joined with {@code /}, at least one composite. */
    JOINT
}
