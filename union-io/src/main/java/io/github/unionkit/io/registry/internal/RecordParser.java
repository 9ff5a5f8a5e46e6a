package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.json.internal.JsonErrors;
import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.json.internal.MemberRecords;
import io.github.unionkit.io.json.internal.Utf8;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.model.member.Member;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses JSON Lines lines into rows, one line at a time, with one non-blocking Jackson parser fed
 * line by line: the parser, its buffers and its symbol table are reused across lines instead of being
 * built for every record.
 *
 * <p>Each line is fed with its line end, so the parser's column numbers are those of the line. A line
 * must hold exactly one record: a record that is unfinished at the end of its line is
 * {@code TRUNCATED}, anything after it is {@code TRAILING_CONTENT}. After any error, and every few
 * thousand lines (to bound the symbol table under hostile property names), the parser is replaced, so
 * a bad line never affects the next. The per-record limits on nesting, strings, numbers and names
 * apply as usual; document length and token count are bounded by the line length limit instead.
 *
 * <p>Not thread-safe: one instance per reading thread.
 */
public final class RecordParser {

    private static final int LINES_PER_PARSER = 10_000;
    private static final byte[] NEWLINE = {'\n'};

    private final JsonFactory factory;
    private final boolean failOnUnknown;
    private final int maxLineLength;
    private final KnownOrganizations known;
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private int fed;

    /**
     * Creates a parser.
     *
     * @param options the read options
     */
    public RecordParser(RegistryReadOptions options) {
        this(factory(options.limits()), options, KnownOrganizations.NONE);
    }

    /**
     * Creates a parser sharing a factory made by {@link #factory(JsonLimits)}.
     *
     * @param factory the factory
     * @param options the read options
     * @param known organization ids to reuse instead of parsing them again
     */
    public RecordParser(JsonFactory factory, RegistryReadOptions options, KnownOrganizations known) {
        this.factory = factory;
        this.known = known;
        this.failOnUnknown = options.unknownProperties() == UnknownPropertyPolicy.FAIL;
        this.maxLineLength = options.maxLineLength();
    }

    /**
     * Returns the factory for record parsers: thread-safe, shareable between the parsers of several
     * threads.
     *
     * @param limits the per-record limits
     * @return the factory
     */
    public static JsonFactory factory(JsonLimits limits) {
        return RecordFactories.jsonLines(limits);
    }

    /**
     * Returns the longest line in bytes.
     *
     * @return the line length limit
     */
    public int maxLineLength() {
        return maxLineLength;
    }

    /**
     * Parses a line.
     *
     * @param line the line number in the file
     * @param buffer the buffer holding the line
     * @param start the offset of the line
     * @param length the length of the line, without its line end
     * @return the row
     */
    public RegistryRow parse(long line, byte[] buffer, int start, int length) {
        if (parser == null || fed >= LINES_PER_PARSER) {
            reset();
        }
        int bad = Utf8.firstInvalid(buffer, start, start + length);
        if (bad >= 0) {
            return RegistryRow.of(new Rejection(line, Rejection.Reason.MALFORMED, "",
                    "invalid UTF-8 (column " + (bad - start + 1) + ")", java.util.Optional.empty()));
        }
        fed++;
        try {
            feeder.feedInput(buffer, start, start + length);
            JsonToken first = nextToken();
            if (first == JsonToken.NOT_AVAILABLE) {
                throw truncated();
            }
            if (first != JsonToken.START_OBJECT) {
                JsonInputException wrongType =
                        JsonErrors.at(parser, ErrorType.WRONG_TYPE, "", "expected a registry record object");
                if (first.isScalarValue()) {
                    nextToken(); // junk right after a scalar is malformed input, not a wrong type
                }
                throw wrongType;
            }
            Member member = MemberRecords.read(parser, failOnUnknown, known);
            if (parser.currentToken() != JsonToken.END_OBJECT || !parser.streamReadContext().inRoot()) {
                // a non-blocking parser that runs out of input leaves the last token current, which
                // may be the end of a nested object: only the root context proves the record closed
                throw truncated();
            }
            if (nextToken() != JsonToken.NOT_AVAILABLE) {
                throw JsonErrors.at(parser, ErrorType.TRAILING_CONTENT, "", "content follows the record");
            }
            return RegistryRow.of(line, member);
        } catch (JacksonException e) {
            parser = null;
            return RegistryRow.of(Rejections.of(line, JsonErrors.classify(e, null)));
        }
    }

    /**
     * Returns the row of a line that was too long to be read.
     *
     * @param line the line number
     * @return the rejected row
     */
    public RegistryRow tooLong(long line) {
        return RegistryRow.of(Rejection.of(line, Rejection.Reason.LINE_TOO_LONG, "",
                "line longer than " + maxLineLength + " bytes; skipped"));
    }

    /**
     * Reads the next token; when the line is used up, feeds its line end once, which completes a
     * number or a keyword at the end of the line.
     */
    private JsonToken nextToken() {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.NOT_AVAILABLE && feeder.needMoreInput()) {
            feeder.feedInput(NEWLINE, 0, 1);
            token = parser.nextToken();
        }
        return token;
    }

    private JsonInputException truncated() {
        return JsonErrors.at(parser, ErrorType.TRUNCATED, "", "the line ends inside the record");
    }

    private void reset() {
        if (parser != null) {
            parser.close();
        }
        parser = factory.createNonBlockingByteArrayParser(ObjectReadContext.empty());
        feeder = (ByteArrayFeeder) parser.nonBlockingInputFeeder();
        fed = 0;
    }
}
