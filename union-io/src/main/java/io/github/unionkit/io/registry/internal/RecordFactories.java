package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnionJson;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * The token stream factories of registry files, with UnionKit's explicit settings.
 */
final class RecordFactories {

    private RecordFactories() {
    }

    /**
     * Returns a JSON factory for the non-blocking parsers of {@link RecordParser}: UnionKit's JSON
     * settings with the per-value limits (nesting, strings, numbers, names). Document length and token
     * count are not limited by the parser, since one parser reads many lines; the line length limit
     * bounds them per record. Duplicate properties are detected by
     * {@link io.github.unionkit.io.json.internal.MemberRecords} itself, at a fraction of the general
     * cost.
     *
     * @param limits the per-record limits
     * @return the factory
     */
    public static tools.jackson.core.json.JsonFactory jsonLines(JsonLimits limits) {
        return UnionJson.jsonFactory(limits).rebuild()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxDocumentLength(-1)
                        .maxTokenCount(0)
                        .build())
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Returns a CSV mapper whose parsers, without a schema, read every row as an array of strings, with the given
     * limits, duplicate-free and quiet about input values in errors.
     *
     * @param limits the per-value limits (document length is not applied: a CSV file is one document)
     * @return the mapper
     */
    public static CsvMapper csv(JsonLimits limits) {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(limits.withMaxDocumentLength(Long.MAX_VALUE)
                        .withMaxTokenCount(Long.MAX_VALUE).toStreamReadConstraints())
                .errorReportConfiguration(ErrorReportConfiguration.builder()
                        .maxErrorTokenLength(0).maxRawContentLength(0).build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(CsvReadFeature.WRAP_AS_ARRAY)
                .enable(CsvReadFeature.SKIP_EMPTY_LINES)
                .disable(CsvReadFeature.TRIM_SPACES)
                .disable(CsvReadFeature.ALLOW_COMMENTS)
                .disable(CsvReadFeature.ALLOW_TRAILING_COMMA)
                .disable(CsvReadFeature.EMPTY_STRING_AS_NULL)
                .disable(CsvReadFeature.EMPTY_UNQUOTED_STRING_AS_NULL)
                .disable(CsvReadFeature.FAIL_ON_MISSING_COLUMNS)
                .disable(CsvReadFeature.INSERT_NULLS_FOR_MISSING_COLUMNS)
                .disable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS)
                .disable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS)
                .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                .enable(CsvWriteFeature.WRITE_LINEFEED_AFTER_LAST_ROW)
                .build();
        return CsvMapper.builder(factory).build();
    }
}
