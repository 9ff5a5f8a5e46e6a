package io.github.unionkit.model.decree;

/**
 * A way of writing decree numbers. The scheme decides which counters a {@link DecreeNumber} carries
 * and how its canonical display form looks; {@link DecreeNumber#parse(CharSequence)} recognizes the
 * scheme from the written form, so every canonical form belongs to exactly one scheme.
 */
public enum NumberingScheme {
    /**
     * Meeting and question, {@code 3-1}: question 1 of meeting 3 of the body's term. The education
     * union's scheme. Counters: meeting, item.
     */
    MEETING_ITEM,
    /** Meeting, question and sub-question, {@code 5-1.1}. Counters: meeting, item, sub-item. */
    MEETING_ITEM_SUB,
    /** Dotted pair, {@code 25.61}, read as meeting 25, question 61. Counters: meeting, item. */
    DOTTED,
    /** Slashed pair of plain numbers, {@code 1/7}, read as meeting 1, question 7. Counters: meeting, item. */
    SLASHED,
    /**
     * A plain sequential number, zero padding kept as written: {@code 07} and {@code 7} are different
     * numbers with the same sequence value. Counter: sequence.
     */
    SEQUENTIAL,
    /**
     * A joint decree of several issuers, {@code 3-1/27-5}: two or more non-slashed numbers joined with
     * {@code /}, at least one of them composite. No counters of its own; see
     * {@link DecreeNumber#parts()}.
     */
    JOINT
}
