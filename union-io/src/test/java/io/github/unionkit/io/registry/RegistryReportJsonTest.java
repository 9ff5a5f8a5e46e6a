package io.github.unionkit.io.registry;

import io.github.unionkit.model.member.MembershipCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.json.UnionModule;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry's reports have a JSON form: rejections and export reports both ways, import reports
 * written; the schema {@code registry-report.schema.json} (read from the jar's resources) accepts what
 * is written and rejects what the readers reject; a host's mapper with {@link UnionModule} writes the
 * same bytes.
 */
class RegistryReportJsonTest {

    private static final String PREFIX = "https://unionkit.github.io/schema/1/";
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper HOST = JsonMapper.builder().addModule(new UnionModule()).build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> iri.startsWith(PREFIX) ? resource(iri.substring(PREFIX.length())) : null));

    private static String resource(String name) {
        try (InputStream in = UnionJson.class.getClassLoader()
                .getResourceAsStream("META-INF/unionkit/schema/1/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema def(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of(PREFIX + "registry-report.schema.json#/$defs/" + name));
    }

    private static ImportReport importReport() {
        RegistryGenerator generator = RegistryGenerator.builder().seed(4).members(800).organizations(2, 3, 4, 2)
                .invalidShare(0.05).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(out, RegistryFormat.JSON_LINES);
        try (RegistryReader reader = RegistryReader.open(new ByteArrayInputStream(out.toByteArray()),
                RegistryFormat.JSON_LINES, RegistryReadOptions.defaults())) {
            return RegistryImport.builder(generator.asOf()).organizations(generator.organizations())
                    .schedule(SizeTiers.seedClause43()).build().run(reader);
        }
    }

    @Test
    void aRejectionRoundTripsAndCarriesNoInput() {
        Rejection rejection = new Rejection(12, Rejection.Reason.INVALID_VALUE, "admissionDate", "not a date",
                Optional.of(MemberId.of("m-12")));
        String json = UnionJson.mapper().writeValueAsString(rejection);
        assertThat(json).isEqualTo("{\"line\":12,\"reason\":\"INVALID_VALUE\",\"field\":\"admissionDate\","
                + "\"detail\":\"not a date\",\"memberId\":\"m-12\"}");
        assertThat(UnionJson.read(UnionJson.mapper(), json, Rejection.class)).isEqualTo(rejection);
        assertThat(def("rejection").validate(PLAIN.readTree(json))).isEmpty();
        String lineZero = json.replace("\"line\":12", "\"line\":0");
        assertThat(def("rejection").validate(PLAIN.readTree(lineZero))).isNotEmpty();
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), lineZero, Rejection.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void anExportReportRoundTripsAndItsCountsMustAgree(@TempDir Path dir) {
        RegistryGenerator generator = RegistryGenerator.builder().members(300).organizations(1, 2, 3, 1)
                .invalidShare(0.05).seed(3).build();
        Path source = dir.resolve("r.jsonl");
        generator.write(source, RegistryFormat.JSON_LINES);
        ExportReport report = PseudonymizedExport.run(source, dir.resolve("e.csv"),
                Pseudonymizer.withKey("k".repeat(32).getBytes(StandardCharsets.UTF_8)));
        assertThat(report.rejections()).isNotEmpty();
        String json = UnionJson.mapper().writeValueAsString(report);
        assertThat(UnionJson.read(UnionJson.mapper(), json, ExportReport.class)).isEqualTo(report);
        assertThat(HOST.writeValueAsString(report)).isEqualTo(json);
        assertThat(def("exportReport").validate(PLAIN.readTree(json))).isEmpty();
        String inconsistent = json.replaceFirst("\"read\":\\d+", "\"read\":1");
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), inconsistent, ExportReport.class))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.INVALID_VALUE));
        String negative = json.replaceFirst("\"written\":\\d+", "\"written\":-1");
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), negative, ExportReport.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void anImportReportIsWrittenWithEveryCountAndMatchesTheSchema() {
        ImportReport report = importReport();
        String json = UnionJson.mapper().writeValueAsString(report);
        assertThat(HOST.writeValueAsString(report)).isEqualTo(json);
        assertThat(def("importReport").validate(PLAIN.readTree(json))).as(json).isEmpty();
        JsonNode tree = PLAIN.readTree(json);
        assertThat(tree.get("asOf").asString()).isEqualTo(report.asOf().toString());
        assertThat(tree.get("read").asLong()).isEqualTo(report.read());
        assertThat(tree.get("accepted").asLong() + tree.get("rejected").asLong()).isEqualTo(report.read());
        assertThat(tree.get("rejections").size()).isEqualTo(report.rejections().size()).isPositive();
        assertThat(tree.get("countsByOrganization").size()).isEqualTo(report.countsByOrganization().size());
        assertThat(tree.get("subtreeCounts").size()).isEqualTo(report.subtreeCounts().size());
        assertThat(tree.get("countsByLevel").size()).isEqualTo(report.countsByLevel().size());
        assertThat(tree.get("routing").size()).isEqualTo(report.routing().size());
        assertThat(tree.get("total").toString()).isEqualTo(UnionJson.mapper().writeValueAsString(report.total()));
        report.rejectedByReason().forEach((reason, n) ->
                assertThat(tree.get("rejectedByReason").get(reason.name()).asLong()).isEqualTo(n));
        // Personal data never reaches the report: no names, cards or birth dates of the members read.
        assertThat(json).doesNotContain("\"family\"", "\"given\"", "\"card\"", "\"birthDate\"");
    }

    @Test
    void importReportsAreWrittenOnlyAndTheSameTwice() {
        ImportReport report = importReport();
        assertThat(UnionJson.toDocument(report)).isEqualTo(UnionJson.toDocument(importReport()));
        assertThatThrownBy(() -> UnionJson.read(UnionJson.mapper(), "{}", ImportReport.class))
                .isInstanceOf(JsonInputException.class);
    }
}
