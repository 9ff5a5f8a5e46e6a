package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.Member;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a registry file as read: either a {@link Member} or a {@link Rejection}, with its
 * line number.
 */
public final class RegistryRow {

    private final long line;
    private final Member member;
    private final Rejection rejection;

    private RegistryRow(long line, Member member, Rejection rejection) {
        this.line = line;
        this.member = member;
        this.rejection = rejection;
    }

    /**
     * Returns a row holding a member.
     *
     * @param line the 1-based line, at least 1
     * @param member the member, not null
     * @return the row
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public static RegistryRow of(long line, Member member) {
        Objects.requireNonNull(member, "member");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
        return new RegistryRow(line, member, null);
    }

    /**
     * Returns a row holding a rejection.
     *
     * @param rejection the rejection, not null
     * @return the row, at the rejection's line
     */
    public static RegistryRow of(Rejection rejection) {
        Objects.requireNonNull(rejection, "rejection");
        return new RegistryRow(rejection.line(), null, rejection);
    }

    /**
     * Returns the 1-based line of the record.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Tells whether the record was read into a member.
     *
     * @return true if {@link #member()} is present
     */
    public boolean hasMember() {
        return member != null;
    }

    /**
     * Returns the member, if the record was read.
     *
     * @return the member, or empty if the record was rejected
     */
    public Optional<Member> member() {
        return Optional.ofNullable(member);
    }

    /**
     * Returns why the record was rejected, if it was.
     *
     * @return the rejection, or empty if the record was read
     */
    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    /**
     * Returns the line and the member (without personal data) or the rejection.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return member != null ? "RegistryRow[line " + line + ": " + member + "]" : "RegistryRow[" + rejection + "]";
    }
}
