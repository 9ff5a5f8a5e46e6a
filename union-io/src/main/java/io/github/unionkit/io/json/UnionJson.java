package io.github.unionkit.io.json;

import io.github.unionkit.io.json.internal.JsonErrors;
import io.github.unionkit.io.json.internal.Registrations;
import io.github.unionkit.io.json.internal.Utf8;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Ready {@link JsonMapper}s with UnionKit's settings, and reading that reports every failure as a
 * {@link JsonInputException}.
 *
 * <p>Every setting is chosen explicitly rather than inherited from Jackson's defaults:
 * <ul>
 *   <li>the {@link JsonFactory} is built with {@link JsonLimits} as {@code StreamReadConstraints}
 *       (nesting depth, document, string, number and name length, token count);</li>
 *   <li>duplicate property names are rejected ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}),
 *       on reading and on writing;</li>
 *   <li>unknown properties follow an explicit {@link UnknownPropertyPolicy} ({@code FAIL} by
 *       default);</li>
 *   <li>strict JSON only: no comments, single quotes, unquoted names, leading zeros, NaN, trailing
 *       commas; content after the document is an error; scalars are not coerced;</li>
 *   <li>dates are ISO strings, never timestamps; enums are written and read by name only;</li>
 *   <li>error messages and locations never quote the input (registry records hold personal data);</li>
 *   <li>output is UTF-8 without escaping non-ASCII characters; map entries are sorted by key;</li>
 *   <li>a value it has no JSON form for fails ({@link UnwritableTypeException} for UnionKit's types and
 *       from {@link #toDocument}/{@link #writeDocument}; Jackson's {@code InvalidDefinitionException}
 *       for other types without properties) instead of becoming {@code {}};</li>
 *   <li>streams passed in belong to the caller and are not closed.</li>
 * </ul>
 * Mappers are immutable and thread-safe.
 */
public final class UnionJson {

    /**
     * The date and period forms for top-level values ({@code LocalDate}, {@code YearMonth},
     * {@code Year}, {@code YearQuarter}, {@code YearHalf}, {@code LocalDateRange}): registered on
     * UnionKit's own mapper only, never by {@link UnionModule}, which an application may install
     * globally (decision 0027). Declared before the mappers that use it.
     */
    private static final SimpleModule TIME_MODULE = timeModule();
    private static final JsonMapper DEFAULT = builder().build();
    private static final JsonMapper PRETTY = builder().indent(true).build();

    private UnionJson() {
    }

    /**
     * Returns the shared mapper with the default settings: {@link JsonLimits#defaults()},
     * {@link UnknownPropertyPolicy#FAIL}, compact output.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return DEFAULT;
    }

    /**
     * Returns the shared mapper with the default settings and indented output, the form of
     * UnionKit's documents and golden files.
     *
     * @return the indenting mapper
     */
    public static JsonMapper prettyMapper() {
        return PRETTY;
    }

    /**
     * Returns a builder for a mapper with other limits, policy or indentation.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a JSON factory with UnionKit's stream settings and the given limits.
     *
     * @param limits the input limits, not null
     * @return a new factory
     */
    public static JsonFactory jsonFactory(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return JsonFactory.builder()
                .streamReadConstraints(limits.toStreamReadConstraints())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(0)
                        .maxRawContentLength(0)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                        JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
                        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                        JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
                .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES, JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII, JsonWriteFeature.ESCAPE_FORWARD_SLASHES,
                        JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS, JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .build();
    }

    /**
     * Returns UnionKit's pretty printer: two-space indentation, {@code "\n"} line ends on every
     * platform, {@code "name": value}, one array element per line, {@code []} and {@code {}} for
     * empty containers.
     *
     * @return a new pretty printer
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Reads one document of type {@code type} from {@code input}, which the caller closes.
     *
     * @param mapper a mapper, normally from this class, not null
     * @param input the UTF-8 (or UTF-16/32, detected) input, not null; ill-formed UTF-8 (overlong
     *     forms, encoded surrogates, code points above U+10FFFF, truncated sequences) is
     *     {@link JsonInputException.ErrorType#MALFORMED} at the first bad byte
     * @param type the document type, not null
     * @param <T> the document type
     * @return the value, never null
     * @throws JsonInputException for every kind of unreadable input, with its location
     */
    public static <T> T read(ObjectMapper mapper, InputStream input, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return read(mapper, input, mapper.constructType(type));
    }

    /**
     * Reads one document of a generic type, such as {@code List<Member>}, from {@code input}, which the
     * caller closes; otherwise as {@link #read(ObjectMapper, InputStream, Class)}.
     *
     * @param mapper a mapper, normally from this class, not null
     * @param input the input, not null
     * @param type the document type, not null
     * @param <T> the document type
     * @return the value, never null
     * @throws JsonInputException for every kind of unreadable input, with its location
     */
    public static <T> T read(ObjectMapper mapper, InputStream input, JavaType type) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(type, "type");
        JsonParser parser = null;
        try {
            parser = mapper.createParser(Utf8.checking(input));
            T value = mapper.readValue(parser, type);
            if (value == null) {
                throw new JsonInputException(JsonInputException.ErrorType.WRONG_TYPE,
                        "the document is null", parser.currentTokenLocation(), "", null);
            }
            if (parser.nextToken() != null) {
                throw new JsonInputException(JsonInputException.ErrorType.TRAILING_CONTENT,
                        "content follows the end of the document", parser.currentTokenLocation(), "", null);
            }
            return value;
        } catch (JacksonException e) {
            throw parser == null ? JsonErrors.classify(e, null)
                    : JsonErrors.classifyIn(e, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    /**
     * Reads one document of type {@code type} from a string.
     *
     * @param mapper a mapper, normally from this class, not null
     * @param json the JSON text, not null
     * @param type the document type, not null
     * @param <T> the document type
     * @return the value, never null
     * @throws JsonInputException for every kind of unreadable input, with its location
     */
    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(mapper, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    /**
     * Writes {@code value} as an indented UnionKit document followed by one {@code "\n"}, the byte
     * form of golden files. The stream is flushed, not closed.
     *
     * @param value the value, not null
     * @param output the output, not null
     * @throws UnwritableTypeException if UnionKit has no JSON form for the value's type
     */
    public static void writeDocument(Object value, OutputStream output) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(output, "output");
        try {
            PRETTY.writeValue(output, value);
        } catch (InvalidDefinitionException e) {
            throw new UnwritableTypeException(value.getClass(), e);
        }
        try {
            output.write('\n');
            output.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Returns {@code value} as an indented UnionKit document followed by one {@code "\n"}.
     *
     * @param value the value, not null
     * @return the document text
     * @throws UnwritableTypeException if UnionKit has no JSON form for the value's type
     */
    public static String toDocument(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return PRETTY.writeValueAsString(value) + "\n";
        } catch (InvalidDefinitionException e) {
            throw new UnwritableTypeException(value.getClass(), e);
        }
    }

    /**
     * Builds mappers with UnionKit's settings. Not thread-safe; the mappers it builds are.
     */
    private static SimpleModule timeModule() {
        SimpleModule module = new SimpleModule(UnionModule.NAME + "-time", UnionModule.VERSION);
        Registrations.registerTime(module);
        return module;
    }

    public static final class Builder {

        private JsonLimits limits = JsonLimits.defaults();
        private UnknownPropertyPolicy unknownProperties = UnknownPropertyPolicy.FAIL;
        private boolean indent;

        private Builder() {
        }

        /**
         * Sets the input limits.
         *
         * @param limits the limits, not null
         * @return this builder
         */
        public Builder limits(JsonLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets what to do with unknown properties.
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder unknownProperties(UnknownPropertyPolicy policy) {
            this.unknownProperties = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets whether output is indented with {@link UnionJson#prettyPrinter()}.
         *
         * @param indent true to indent
         * @return this builder
         */
        public Builder indent(boolean indent) {
            this.indent = indent;
            return this;
        }

        /**
         * Returns a Jackson builder configured with these settings and the {@link UnionModule}, for
         * callers that add their own modules or features.
         *
         * @return a new Jackson mapper builder
         */
        public JsonMapper.Builder toMapperBuilder() {
            return JsonMapper.builder(jsonFactory(limits))
                    .addModule(new UnionModule())
                    .addModule(TIME_MODULE)
                    // A type UnionKit has no codec for and Jackson sees no property of is an error, not {}.
                    .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .defaultPrettyPrinter(prettyPrinter())
                    .configure(SerializationFeature.INDENT_OUTPUT, indent)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .disable(SerializationFeature.WRAP_ROOT_VALUE)
                    .disable(SerializationFeature.CLOSE_CLOSEABLE)
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                            unknownProperties == UnknownPropertyPolicy.FAIL)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    .disable(DeserializationFeature.UNWRAP_ROOT_VALUE)
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                    .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                    .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                    .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                    .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                    .disable(EnumFeature.WRITE_ENUMS_USING_INDEX);
        }

        /**
         * Builds the mapper.
         *
         * @return a new, thread-safe mapper
         */
        public JsonMapper build() {
            return toMapperBuilder().build();
        }
    }
}
