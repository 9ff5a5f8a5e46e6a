package io.github.unionkit.model.time;

/**
 * How a deadline written "до X" or "в срок до X" treats the day X itself.
 *
 * <p>Russian legal practice reads "до X" as excluding X, so {@link #EXCLUSIVE} is the default
 * everywhere UnionKit has to choose; callers that follow another reading pass {@link #INCLUSIVE}
 * explicitly.
 */
public enum UntilPolicy {
    /** "до X" ends on the day before X: the last day is X − 1. The default. */
    EXCLUSIVE,
    /** "до X" includes X: the last day is X. */
    INCLUSIVE
}
