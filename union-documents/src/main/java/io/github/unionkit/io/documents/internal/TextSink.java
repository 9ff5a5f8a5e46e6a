package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.PlanTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines a format reader takes from a file, remembers where each source unit starts, and
 * stops the reader as soon as the text passes the cap, so a huge document never becomes a huge string.
 * Not thread-safe: one per read.
 */
public final class TextSink {

    private final DocumentFormat format;
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private final List<DocumentWarning> warnings = new ArrayList<>();
    private final List<PlanTable> plans = new ArrayList<>();
    private int lines;

    /**
     * Creates a sink.
     *
     * @param format the format being read
     * @param maxChars the cap on the text, at least 1
     */
    public TextSink(DocumentFormat format, int maxChars) {
        this.format = format;
        this.maxChars = maxChars;
    }

    /**
     * Starts the next source unit at the current end of the text.
     *
     * @return its 0-based index
     */
    public int beginUnit() {
        starts.add(text.length());
        return starts.size() - 1;
    }

    /**
     * Returns the index of the next unit {@link #beginUnit()} would start.
     *
     * @return the index
     */
    public int nextUnit() {
        return starts.size();
    }

    /**
     * Appends one line and a line break.
     *
     * @param line the line, without a line break
     * @throws DocumentReadException with {@link ErrorType#TOO_MUCH_TEXT} past the cap
     */
    public void line(CharSequence line) {
        if ((long) text.length() + line.length() + 1 > maxChars) {
            throw new DocumentReadException(ErrorType.TOO_MUCH_TEXT, format, maxChars);
        }
        text.append(line).append('\n');
        lines++;
    }

    /**
     * Returns how many lines were appended.
     *
     * @return the count
     */
    public int lineCount() {
        return lines;
    }

    /**
     * Records a warning.
     *
     * @param warning the warning
     */
    public void warn(DocumentWarning warning) {
        warnings.add(warning);
    }

    /**
     * Records a plan table found beside the text.
     *
     * @param plan the plan
     */
    public void plan(PlanTable plan) {
        plans.add(plan);
    }

    /**
     * Returns the document text collected.
     *
     * @return the text with its units, warnings and plans
     */
    public DocumentText finish() {
        return DocumentText.of(format, text.toString(), starts, warnings, plans);
    }
}
