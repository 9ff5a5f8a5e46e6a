package io.github.unionkit.io.registry;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link PseudonymizedExport}: records read, written and rejected
 * ({@code read = written + rejected}), and the first rejections.
 *
 * @param read the records read
 * @param written the records written
 * @param rejected the records not written because they could not be read
 * @param rejections the first rejections, in file order
 * @param stoppedEarly whether the input ended in an unrecoverable error
 */
public record ExportReport(long read, long written, long rejected, List<Rejection> rejections, boolean stoppedEarly) {

    /**
     * Checks the counts.
     *
     * @param read the records read
     * @param written the records written
     * @param rejected the records not written
     * @param rejections the first rejections, in file order
     * @param stoppedEarly whether the input ended in an unrecoverable error
     * @throws IllegalArgumentException if {@code read != written + rejected} or a count is negative
     */
    public ExportReport {
        Objects.requireNonNull(rejections, "rejections");
        rejections = List.copyOf(rejections);
        if (written < 0 || rejected < 0 || read != written + rejected) {
            throw new IllegalArgumentException("inconsistent counts: read " + read + ", written " + written
                    + ", rejected " + rejected);
        }
    }
}
