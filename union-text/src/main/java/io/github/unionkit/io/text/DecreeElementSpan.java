package io.github.unionkit.io.text;

import io.github.unionkit.model.path.PropertyPath;
import java.util.Objects;

/**
 * Where one element of a parsed resolution was read in the decree's text.
 *
 * <p>The element is named by a {@link PropertyPath} into the {@code Resolution}, in the same form the
 * rules use for their violations, so a violation can be traced back to the source with
 * {@link DecreeParseResult#locate(PropertyPath)}:
 * <ul>
 *   <li>{@code headerLines[0]}, {@code issuer}, {@code number}, {@code adopted}, {@code place},
 *       {@code title}, {@code preamble[0]}, {@code operativeFormula}, {@code signatory},
 *       {@code controlClause}, {@code references[0]}, {@code meeting}, {@code attachments[0]};</li>
 *   <li>{@code clauses[3.1.1]} (keyed by clause number, whatever the depth),
 *       {@code clauses[2].items[0]}, {@code clauses[3.1.1].assignment},
 *       {@code clauses[3.1.1].assignment.deadline} (the deadline phrase, where one is written),
 *       {@code clauses[4.3].sizeBands[0]}, {@code clauses[4.3].sizeBands[0].deadline}.</li>
 * </ul>
 *
 * @param path the element, as a path into the resolution
 * @param span where it was read, as offsets into the parsed text
 * @param line the 1-based line where {@code span} starts
 */
public record DecreeElementSpan(PropertyPath path, TextSpan span, int line) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public DecreeElementSpan {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(span, "span");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1: " + line);
        }
    }
}
