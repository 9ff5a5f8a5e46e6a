package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.error.Detail;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the warnings of one parse, up to {@value #MAX_WARNINGS}; past that, one
 * {@link Code#TOO_MANY_WARNINGS} and silence, so hostile input cannot make the warning list the
 * largest thing in memory.
 */
public final class DecreeWarnings {

    /** The most warnings kept. */
    public static final int MAX_WARNINGS = 1_000;

    private final DecreeLineScanner lines;
    private final List<DecreeParseWarning> warnings = new ArrayList<>();
    private boolean truncated;

    /**
     * Creates an empty collector.
     *
     * @param lines the lines of the text, to number the warnings' lines
     */
    public DecreeWarnings(DecreeLineScanner lines) {
        this.lines = lines;
    }

    /**
     * Adds a warning.
     *
     * @param code what was noticed
     * @param element the element of the resolution it is about
     * @param start the offset where it starts
     * @param end the offset where it ends
     * @param detail an explanation without personal data
     */
    public void add(Code code, PropertyPath element, int start, int end, Detail detail) {
        if (truncated) {
            return;
        }
        if (warnings.size() == MAX_WARNINGS) {
            truncated = true;
            warnings.add(new DecreeParseWarning(Code.TOO_MANY_WARNINGS, PropertyPath.root(), TextSpan.of(start, start), lines.lineOf(start),
                    Detail.of("tooManyWarnings", Integer.toString(MAX_WARNINGS))));
            return;
        }
        warnings.add(new DecreeParseWarning(code, element, TextSpan.of(start, Math.max(start, end)), lines.lineOf(start),
                detail));
    }

    /**
     * Adds a warning about a piece of the draft.
     *
     * @param code what was noticed
     * @param element the element of the resolution it is about
     * @param piece where
     * @param detail an explanation without personal data
     */
    public void add(Code code, PropertyPath element, DecreeDraft.Piece piece, Detail detail) {
        add(code, element, piece.start, piece.end, detail);
    }

    /**
     * Withdraws a warning the reader took back once it understood the line (a title above the
     * requisites first looked like an unknown header line).
     *
     * @param code the warning's code
     * @param start the offset where its span starts
     */
    public void remove(Code code, int start) {
        warnings.removeIf(w -> w.code() == code && w.span().start() == start);
    }

    /**
     * Returns the warnings collected so far.
     *
     * @return a copy of the list
     */
    public List<DecreeParseWarning> list() {
        return List.copyOf(warnings);
    }
}
