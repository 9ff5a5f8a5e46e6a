package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.path.PropertyPath;

/**
 * Paths into the inputs that only the rules define — a body's {@link MeetingHistory}, a
 * {@link VoteRecord}, a {@link DelegateElection}, the resolutions of a {@link DecreeRegister} — named
 * once here, as the model's aggregates name theirs in {@code ModelProperty}.
 */
final class RulePaths {

    /** {@link MeetingHistory#meetings()}. */
    static final PropertyPath MEETINGS = PropertyPath.of("meetings");
    /** {@link DecreeRegister#resolutions()}, keyed by number. */
    static final PropertyPath RESOLUTIONS = PropertyPath.of("resolutions");
    /** {@link VoteRecord#present()}. */
    static final PropertyPath PRESENT = PropertyPath.of("present");
    /** {@link VoteRecord#tally()}. */
    static final PropertyPath TALLY = PropertyPath.of("tally");
    /** {@link DelegateElection#delegates()}, keyed by organization. */
    static final PropertyPath DELEGATES = PropertyPath.of("delegates");

    private RulePaths() {
    }
}
