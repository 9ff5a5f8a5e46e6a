package io.github.unionkit.rules;

/**
 * How serious a {@link Violation} is. Only {@link #ERROR} makes a {@link ValidationReport} invalid.
 */
public enum Severity {
    /** The subject breaks a rule of the charter or of the data model; the report is invalid. */
    ERROR,
    /** The subject is legal but suspicious (for example a very short deadline); a person should look. */
    WARNING,
    /** A neutral observation worth showing to a reader; never makes a report invalid. */
    INFO;

    /**
     * Tells whether this severity is at least as serious as another one.
     *
     * @param other the severity to compare with, not null
     * @return true if this severity is {@code other} or more serious
     */
    public boolean isAtLeast(Severity other) {
        java.util.Objects.requireNonNull(other, "other");
        return ordinal() <= other.ordinal();
    }
}
