package io.github.unionkit.io.json.internal;

import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DecreeElementSpan;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.model.time.Deadline;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of union-text's located results (schema {@code text-matches.schema.json}):
 * <ul>
 *   <li>{@link TextSpan}: {@code {"start": 4, "end": 27}}, offsets of {@code char}s;</li>
 *   <li>{@link DeadlineMatch}: {@code {"span": …, "deadline": …}} (the phrase is the deadline's);</li>
 *   <li>{@link DecreeReferenceMatch}: {@code {"span", "reference", "issuerSpan"?, "numberSpan",
 *       "datesSpan"}};</li>
 *   <li>{@link DecreeElementSpan}: {@code {"path": "clauses[3.1.1]", "span": …, "line": 3}};</li>
 *   <li>{@link DecreeParseWarning}: {@code {"code": "CLAUSE_NUMBERING_GAP", "element": "clauses[3.3]",
 *       "span": …, "line": 12, "detail": "found 3.3, expected 3.2"}} (the element is {@code ""} for the
 *       whole document; no localized message: the form is language-neutral);</li>
 *   <li>{@link DecreeParseResult}: {@code {"resolution": …, "warnings": […], "spans"?: […]}}, the
 *       warnings always written (an empty array for a clean parse), the spans omitted when there are
 *       none.</li>
 * </ul>
 * Loaded only when union-text is present (an optional dependency of union-io).
 */
final class TextCodecs {

    private TextCodecs() {
    }

    /**
     * Registers the codecs of union-text's result types.
     *
     * @param module the module
     */
    public static void register(SimpleModule module) {
        Registrations.register(module, TextSpan.class, TextCodecs::writeSpan, TextCodecs::readSpan);
        Registrations.register(module, DeadlineMatch.class, TextCodecs::writeDeadlineMatch,
                TextCodecs::readDeadlineMatch);
        Registrations.register(module, DecreeReferenceMatch.class, TextCodecs::writeReferenceMatch,
                TextCodecs::readReferenceMatch);
        Registrations.register(module, DecreeElementSpan.class, TextCodecs::writeElementSpan,
                TextCodecs::readElementSpan);
        Registrations.register(module, DecreeParseWarning.class, TextCodecs::writeWarning, TextCodecs::readWarning);
        Registrations.register(module, DecreeParseResult.class, TextCodecs::writeParseResult,
                TextCodecs::readParseResult);
    }

    /**
     * Writes a span.
     *
     * @param span the span
     * @param g the generator
     */
    public static void writeSpan(TextSpan span, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("start", span.start());
        g.writeNumberProperty("end", span.end());
        g.writeEndObject();
    }

    /**
     * Reads a span.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the span
     */
    public static TextSpan readSpan(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        int start = f.requiredInt("start");
        int end = f.requiredInt("end");
        f.finish();
        return f.build(() -> TextSpan.of(start, end));
    }

    /**
     * Writes a located deadline.
     *
     * @param match the match
     * @param g the generator
     */
    public static void writeDeadlineMatch(DeadlineMatch match, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "span", match.span(), TextCodecs::writeSpan);
        Writes.property(g, "deadline", match.deadline(), DeadlineCodecs::write);
        g.writeEndObject();
    }

    /**
     * Reads a located deadline; its deadline must carry the phrase.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the match
     */
    public static DeadlineMatch readDeadlineMatch(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        TextSpan span = f.required("span", TextCodecs::readSpan);
        Deadline deadline = f.required("deadline", DeadlineCodecs::read);
        f.finish();
        return f.build(() -> new DeadlineMatch(span, deadline));
    }

    /**
     * Writes a located decree reference.
     *
     * @param match the match
     * @param g the generator
     */
    public static void writeReferenceMatch(DecreeReferenceMatch match, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "span", match.span(), TextCodecs::writeSpan);
        Writes.property(g, "reference", match.reference(), DecreeCodecs::writeReference);
        Writes.optional(g, "issuerSpan", match.issuerSpan(), TextCodecs::writeSpan);
        Writes.property(g, "numberSpan", match.numberSpan(), TextCodecs::writeSpan);
        Writes.property(g, "datesSpan", match.datesSpan(), TextCodecs::writeSpan);
        g.writeEndObject();
    }

    /**
     * Reads a located decree reference; its parts must lie within its span.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the match
     */
    public static DecreeReferenceMatch readReferenceMatch(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        TextSpan span = f.required("span", TextCodecs::readSpan);
        DecreeReference reference = f.required("reference", DecreeCodecs::readReference);
        Optional<TextSpan> issuerSpan = f.optional("issuerSpan", TextCodecs::readSpan);
        TextSpan numberSpan = f.required("numberSpan", TextCodecs::readSpan);
        TextSpan datesSpan = f.required("datesSpan", TextCodecs::readSpan);
        f.finish();
        return f.build(() -> new DecreeReferenceMatch(span, reference, issuerSpan, numberSpan, datesSpan));
    }

    /**
     * Writes where an element of a parsed resolution was read.
     *
     * @param element the element span
     * @param g the generator
     */
    public static void writeElementSpan(DecreeElementSpan element, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("path", element.path().toString());
        Writes.property(g, "span", element.span(), TextCodecs::writeSpan);
        g.writeNumberProperty("line", element.line());
        g.writeEndObject();
    }

    /**
     * Reads where an element of a parsed resolution was read.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the element span
     */
    public static DecreeElementSpan readElementSpan(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        PropertyPath path = f.required("path", RulesCodecs.PATH);
        TextSpan span = f.required("span", TextCodecs::readSpan);
        int line = f.requiredInt("line");
        f.finish();
        return f.build(() -> new DecreeElementSpan(path, span, line));
    }

    /**
     * Writes a parser warning: its code, element, span, line and detail (the detail's key and arguments
     * in the text form of {@link Detail#toString()}), without a localized message.
     *
     * @param warning the warning
     * @param g the generator
     */
    public static void writeWarning(DecreeParseWarning warning, JsonGenerator g) {
        g.writeStartObject();
        Writes.enumValue(g, "code", warning.code());
        g.writeStringProperty("element", warning.element().toString());
        Writes.property(g, "span", warning.span(), TextCodecs::writeSpan);
        g.writeNumberProperty("line", warning.line());
        g.writeStringProperty("detail", warning.detail().toString());
        g.writeEndObject();
    }

    /**
     * Reads a parser warning; the element is a path ({@code ""} for the whole document) and the line is
     * at least 1.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the warning
     */
    public static DecreeParseWarning readWarning(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        DecreeParseWarning.Code code = f.required("code", Scalars.enumOf(DecreeParseWarning.Code.class));
        PropertyPath element = f.required("element", RulesCodecs.PATH);
        TextSpan span = f.required("span", TextCodecs::readSpan);
        int line = f.requiredInt("line");
        String detail = f.requiredString("detail");
        f.finish();
        return f.build(() -> new DecreeParseWarning(code, element, span, line, Detail.parse(detail)));
    }

    /**
     * Writes what the decree parser read: the resolution, the warnings (always, possibly none) and the
     * element spans (omitted when there are none).
     *
     * @param result the parse result
     * @param g the generator
     */
    public static void writeParseResult(DecreeParseResult result, JsonGenerator g) {
        g.writeStartObject();
        Writes.property(g, "resolution", result.resolution(), ResolutionCodecs::writeResolution);
        Writes.requiredList(g, "warnings", result.warnings(), TextCodecs::writeWarning);
        Writes.list(g, "spans", result.spans(), TextCodecs::writeElementSpan);
        g.writeEndObject();
    }

    /**
     * Reads what the decree parser read; absent warnings or spans are none.
     *
     * @param node the node
     * @param pointer its pointer
     * @param context the context
     * @return the parse result
     */
    public static DecreeParseResult readParseResult(JsonNode node, String pointer, DecodeContext context) {
        Fields f = Fields.of(node, pointer, context);
        Resolution resolution = f.required("resolution", ResolutionCodecs::readResolution);
        List<DecreeParseWarning> warnings = f.list("warnings", TextCodecs::readWarning);
        List<DecreeElementSpan> spans = f.list("spans", TextCodecs::readElementSpan);
        f.finish();
        return f.build(() -> DecreeParseResult.of(resolution, warnings, spans));
    }
}
