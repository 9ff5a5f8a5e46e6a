package io.github.unionkit.io.text;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.path.PropertyPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DecreeTextParser} read from a decree: the {@link Resolution}, the warnings, and where
 * each element of the resolution was read.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints counts only: the resolution's texts may name
 * persons.
 */
public final class DecreeParseResult {

    private final Resolution resolution;
    private final List<DecreeParseWarning> warnings;
    private final List<DecreeElementSpan> spans;
    private final Map<PropertyPath, DecreeElementSpan> byPath;

    private DecreeParseResult(Resolution resolution, List<DecreeParseWarning> warnings,
            List<DecreeElementSpan> spans) {
        this.resolution = resolution;
        this.warnings = warnings;
        this.spans = spans;
        Map<PropertyPath, DecreeElementSpan> index = new HashMap<>();
        for (DecreeElementSpan span : spans) {
            index.putIfAbsent(span.path(), span);
        }
        this.byPath = index;
    }

    /**
     * Returns a result.
     *
     * @param resolution the resolution read, not null
     * @param warnings the warnings in text order, not null, no nulls
     * @param spans where the elements were read, not null, no nulls; for a path given twice the first
     *     counts
     * @return the result
     * @throws NullPointerException if an argument or an element is null
     */
    public static DecreeParseResult of(Resolution resolution, List<DecreeParseWarning> warnings,
            List<DecreeElementSpan> spans) {
        return new DecreeParseResult(Objects.requireNonNull(resolution, "resolution"),
                List.copyOf(Objects.requireNonNull(warnings, "warnings")),
                List.copyOf(Objects.requireNonNull(spans, "spans")));
    }

    /**
     * Returns the resolution read from the text.
     *
     * @return the resolution
     */
    public Resolution resolution() {
        return resolution;
    }

    /**
     * Returns the warnings, in the order they were found (broadly, text order).
     *
     * @return the warnings, unmodifiable, possibly empty
     */
    public List<DecreeParseWarning> warnings() {
        return warnings;
    }

    /**
     * Returns the warnings of one kind.
     *
     * @param code the kind, not null
     * @return those warnings, in order; unmodifiable, possibly empty
     */
    public List<DecreeParseWarning> warnings(DecreeParseWarning.Code code) {
        Objects.requireNonNull(code, "code");
        List<DecreeParseWarning> out = new ArrayList<>();
        for (DecreeParseWarning warning : warnings) {
            if (warning.code() == code) {
                out.add(warning);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns where each element of the resolution was read, in text order.
     *
     * @return the spans, unmodifiable
     */
    public List<DecreeElementSpan> spans() {
        return spans;
    }

    /**
     * Returns where one element was read.
     *
     * @param path the element, e.g. {@code PropertyPath.parse("clauses[3.1.1].assignment.deadline")}, not
     *     null
     * @return its span, or empty if the element was not read from the text (absent, or a placeholder)
     */
    public Optional<DecreeElementSpan> span(PropertyPath path) {
        return Optional.ofNullable(byPath.get(Objects.requireNonNull(path, "path")));
    }

    /**
     * Returns where the element a path points into was read: the span of {@code path} itself or of its
     * nearest ancestor that has one. Use it to show a rule violation in the source.
     *
     * @param path any path into the resolution, not null
     * @return the span of the deepest element read that contains the path, or empty if none does
     */
    public Optional<DecreeElementSpan> locate(PropertyPath path) {
        Objects.requireNonNull(path, "path");
        DecreeElementSpan best = null;
        for (DecreeElementSpan span : spans) {
            if (path.startsWith(span.path()) && (best == null || span.path().depth() > best.path().depth())) {
                best = span;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns counts only: the resolution's texts may name persons.
     *
     * @return e.g. {@code DecreeParseResult[Resolution[…], warnings=2, spans=61]}
     */
    @Override
    public String toString() {
        return "DecreeParseResult[" + resolution + ", warnings=" + warnings.size() + ", spans=" + spans.size() + "]";
    }
}
