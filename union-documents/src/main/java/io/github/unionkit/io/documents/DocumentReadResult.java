package io.github.unionkit.io.documents;

import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What {@link DecreeDocuments#read} read from a file: the text taken from it ({@link #document()}), the
 * decree parser's result on that text ({@link #decree()}), the plan tables with their deadlines read
 * against the decree's date, and every warning, each traceable to its source unit (a paragraph of a
 * Word file, a page of a PDF, a block of a web page).
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives counts only.
 */
public final class DocumentReadResult {

    private final DocumentText document;
    private final DecreeParseResult decree;
    private final List<PlanTable> plans;
    private final List<DocumentWarning> warnings;

    private DocumentReadResult(DocumentText document, DecreeParseResult decree, List<PlanTable> plans,
            List<DocumentWarning> warnings) {
        this.document = document;
        this.decree = decree;
        this.plans = plans;
        this.warnings = warnings;
    }

    /**
     * Returns a result.
     *
     * @param document the text read from the file, not null
     * @param decree the parser's result on {@code document.text()}, not null
     * @param plans the plan tables, not null, no nulls
     * @param warnings what was noticed reading the file and its plans, not null, no nulls
     * @return the result
     * @throws NullPointerException if an argument or an element is null
     */
    public static DocumentReadResult of(DocumentText document, DecreeParseResult decree, List<PlanTable> plans,
            List<DocumentWarning> warnings) {
        return new DocumentReadResult(Objects.requireNonNull(document, "document"),
                Objects.requireNonNull(decree, "decree"), List.copyOf(Objects.requireNonNull(plans, "plans")),
                List.copyOf(Objects.requireNonNull(warnings, "warnings")));
    }

    /**
     * Returns the text read from the file, with its format and source units.
     *
     * @return the document text
     */
    public DocumentText document() {
        return document;
    }

    /**
     * Returns the decree parser's result: the resolution, its warnings and spans (offsets into
     * {@code document().text()}).
     *
     * @return the parse result
     */
    public DecreeParseResult decree() {
        return decree;
    }

    /**
     * Returns the plan tables, their deadlines read with the decree's adoption date when it has one.
     *
     * @return the plans, unmodifiable, possibly empty
     */
    public List<PlanTable> plans() {
        return plans;
    }

    /**
     * Returns what was noticed reading the file and its plans (the parser's own warnings are in
     * {@link #decree()}).
     *
     * @return the warnings, unmodifiable, possibly empty
     */
    public List<DocumentWarning> warnings() {
        return warnings;
    }

    /**
     * Returns the source unit a parser warning points at.
     *
     * @param warning a warning of {@link #decree()}, not null
     * @return the 0-based unit where its span starts, or empty if none
     * @throws NullPointerException if {@code warning} is null
     */
    public OptionalInt unitOf(DecreeParseWarning warning) {
        return document.unitAt(Objects.requireNonNull(warning, "warning").span().start());
    }

    /**
     * Returns the source unit an element of the resolution was read from.
     *
     * @param span a span of {@link #decree()}, not null
     * @return the 0-based unit where it starts, or empty if none
     * @throws NullPointerException if {@code span} is null
     */
    public OptionalInt unitOf(DecreeElementSpan span) {
        return document.unitAt(Objects.requireNonNull(span, "span").span().start());
    }

    /**
     * Returns counts only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "DocumentReadResult[" + document + ", " + decree + ", plans=" + plans.size() + "]";
    }
}
