package io.github.unionkit.spring;

import io.github.unionkit.rules.ValidationReport;
import java.util.Objects;

/**
 * A UnionKit request body marked {@code @Valid} (or {@code @Validated}) broke its model constraints.
 * The starter answers it with an RFC 9457 problem detail, status 422, one entry per violation; an
 * application may handle it itself with an {@code @ExceptionHandler} of higher precedence.
 *
 * <p>The message names the number of violations only; the report's violations carry rule codes, paths
 * and messages, never the rejected values (members' personal data stays out of responses and logs).
 */
public final class UnionKitValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    /**
     * Creates the exception.
     *
     * @param report the findings, not null and not valid
     * @throws NullPointerException if {@code report} is null
     * @throws IllegalArgumentException if the report has no error
     */
    public UnionKitValidationException(ValidationReport report) {
        super(Objects.requireNonNull(report, "report").errors().size() + " constraint violation(s)");
        if (report.isValid()) {
            throw new IllegalArgumentException("a valid report is no failure");
        }
        this.report = report;
    }

    /**
     * Returns the findings.
     *
     * @return the report, never valid
     */
    public ValidationReport report() {
        return report;
    }
}
