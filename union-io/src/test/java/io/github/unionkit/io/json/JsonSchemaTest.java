package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.AssigneeKind;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.catalogue.Catalogue;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.Generator;
import io.github.unionkit.testkit.MemberGenerators;
import io.github.unionkit.testkit.OrganizationGenerators;
import io.github.unionkit.testkit.ResolutionGenerators;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schemas in {@code docs/schema/} accept what UnionKit writes and the examples in
 * {@code docs/json.md}, and reject what UnionKit rejects. Validation is done by an independent
 * validator (networknt json-schema-validator, draft 2020-12), on trees read by a plain Jackson mapper
 * rather than UnionKit's.
 */
class JsonSchemaTest {

    private static final String PREFIX = "https://unionkit.github.io/schema/1/";
    private static final Path DOCS = Path.of("..", "docs");
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> iri.startsWith(PREFIX) ? read(DOCS.resolve("schema")
                    .resolve(iri.substring(PREFIX.length()))) : null));

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(PREFIX + name + ".schema.json"));
    }

    private static List<Error> errors(String schema, String json) {
        return schema(schema).validate(PLAIN.readTree(json));
    }

    private static void valid(String schema, Object value) {
        String json = UnionJson.mapper().writeValueAsString(value);
        assertThat(errors(schema, json)).as("%s against %s", json, schema).isEmpty();
    }

    private static <T> void allValid(String schema, Generator<T> generator, int examples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < examples; i++) {
            valid(schema, generator.generate(random));
        }
    }

    @Test
    void goldenSeedDecreeMatchesTheResolutionSchema() {
        String golden = read(Path.of("src/test/resources/golden/astrakhan-committee-decree-3-1-2020.json"));
        assertThat(errors("resolution", golden)).isEmpty();
        valid("resolution", SeedResolutions.astrakhan3of1());
    }

    @Test
    void generatedResolutionsMatchTheResolutionSchema() {
        allValid("resolution", ResolutionGenerators.resolutions(), 80, 11);
    }

    @Test
    void generatedTreesMatchTheOrganizationTreeSchema() {
        allValid("organization-tree", OrganizationGenerators.trees(), 30, 12);
    }

    @Test
    void generatedMembersMatchTheRegistryRecordSchema() {
        allValid("registry-record", MemberGenerators.members(), 300, 13);
        allValid("registry-record", MemberGenerators.membersWithHistory(), 300, 14);
    }

    @Test
    void everyKindOfDeadlineMatchesTheDeadlineDefinition() {
        SplittableRandom random = new SplittableRandom(14);
        Schema deadline = REGISTRY.getSchema(SchemaLocation.of(PREFIX + "unionkit-common.schema.json#/$defs/deadline"));
        for (int i = 0; i < 300; i++) {
            String json = UnionJson.mapper().writeValueAsString(DeadlineGenerators.deadlines().generate(random));
            assertThat(deadline.validate(PLAIN.readTree(json))).as(json).isEmpty();
        }
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"QUARTER\",\"half\":\"2021-H1\"}"))).isNotEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"QUARTER\"}"))).isNotEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\","
                + "\"text\":\"в январе\"}"))).isEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"UNRESOLVED\",\"reason\":\"REFUSED\","
                + "\"text\":\"в январе\"}"))).as("refused without refusal").isNotEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\","
                + "\"refusal\":\"UNSUPPORTED\",\"text\":\"в январе\"}"))).as("refusal without REFUSED").isNotEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\"}")))
                .as("no text").isNotEmpty();
        assertThat(deadline.validate(PLAIN.readTree("{\"kind\":\"UNSPECIFIED\",\"text\":\"в январе\"}")))
                .as("text outside UNRESOLVED").isNotEmpty();
    }

    @Test
    void validationReportsOfRealRulesMatchTheReportSchema() {
        RuleContext context = RuleContext.of(LocalDate.of(2021, 6, 1));
        allValid("validation-report", ResolutionGenerators.resolutions()
                .map(resolution -> Catalogue.resolution().check(resolution, context)), 60, 15);
        allValid("validation-report", MemberGenerators.members()
                .map(member -> Catalogue.member().check(member, RuleContext.of(LocalDate.of(1995, 1, 1)))), 100, 16);
    }

    private static Schema parseResultDefinition() {
        return REGISTRY.getSchema(SchemaLocation.of(PREFIX + "text-matches.schema.json#/$defs/decreeParseResult"));
    }

    @Test
    void parsedDecreesOfTheSeedAndTheCorpusMatchTheParseResultDefinition() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(SeedResolutions.astrakhan3of1Text());
        Path corpus = Path.of("..", "union-text", "src", "test", "resources", "io", "github", "unionkit", "io",
                "text", "corpus");
        try (java.util.stream.Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(30);
        int warned = 0;
        for (String text : texts) {
            DecreeParseResult parsed = DecreeTextParser.parse(text);
            warned += parsed.warnings().isEmpty() ? 0 : 1;
            String json = UnionJson.mapper().writeValueAsString(parsed);
            assertThat(parseResultDefinition().validate(PLAIN.readTree(json))).as(json).isEmpty();
            // The resolution inside is a resolution document of its own.
            assertThat(errors("resolution", PLAIN.writeValueAsString(PLAIN.readTree(json).get("resolution"))))
                    .isEmpty();
        }
        assertThat(warned).as("decrees with parser warnings").isGreaterThan(5);
        String bad = "{\"resolution\":{},\"warnings\":[{\"code\":\"MISSING_DATE\",\"element\":\"\","
                + "\"span\":{\"start\":0,\"end\":0},\"line\":1,\"detail\":\"\",\"message\":\"x\"}]}";
        assertThat(parseResultDefinition().validate(PLAIN.readTree(bad))).isNotEmpty();
        assertThat(parseResultDefinition().validate(PLAIN.readTree(bad.replace(",\"message\":\"x\"", ""))))
                .isEmpty();
        assertThat(parseResultDefinition().validate(PLAIN.readTree("{\"resolution\":{}}"))).as("no warnings")
                .isNotEmpty();
    }

    @Test
    void schemasRejectWhatTheReaderRejects() {
        String record = "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"%s\"%s}";
        assertThat(errors("registry-record", String.format(record, "2015-09-01", ""))).isEmpty();
        assertThat(errors("registry-record", String.format(record, "01.09.2015", ""))).isNotEmpty();
        assertThat(errors("registry-record", String.format(record, "2015-09-01", ",\"card\":null"))).isNotEmpty();
        assertThat(errors("registry-record", String.format(record, "2015-09-01", ",\"nickname\":\"x\""))).isNotEmpty();
        assertThat(errors("registry-record", "{\"id\":\"m1\"}")).isNotEmpty();
        String history = ",\"transfers\":[{\"date\":\"2017-01-09\",\"to\":\"p2\"}]";
        assertThat(errors("registry-record", String.format(record, "2015-09-01", history))).isNotEmpty();
        assertThat(errors("registry-record", String.format(record, "2015-09-01", history + ",\"formatVersion\":2")))
                .isEmpty();
        assertThat(errors("registry-record", String.format(record, "2015-09-01", ",\"formatVersion\":3"))).isNotEmpty();
    }

    @Test
    void everyExampleInTheJsonGuideValidates() {
        Map<String, List<String>> examples = examples(read(DOCS.resolve("json.md")));
        assertThat(examples.keySet()).contains("resolution", "organization-tree", "validation-report",
                "registry-record", "deadline", "decree-parse-result");
        examples.forEach((schema, blocks) -> blocks.forEach(block -> {
            List<Error> found = schema.equals("deadline")
                    ? REGISTRY.getSchema(SchemaLocation.of(PREFIX + "unionkit-common.schema.json#/$defs/deadline"))
                            .validate(PLAIN.readTree(block))
                    : schema.equals("decree-parse-result") ? parseResultDefinition().validate(PLAIN.readTree(block))
                    : errors(schema, block);
            assertThat(found).as("example for %s:%n%s", schema, block).isEmpty();
        }));
    }

    @Test
    void everyExampleInTheJsonGuideIsReadByUnionKit() {
        Map<String, Class<?>> types = Map.of("decree-parse-result", DecreeParseResult.class,
                "resolution", io.github.unionkit.model.decree.Resolution.class,
                "organization-tree", io.github.unionkit.model.org.OrganizationTree.class,
                "validation-report", io.github.unionkit.rules.ValidationReport.class,
                "registry-record", io.github.unionkit.model.member.Member.class,
                "deadline", io.github.unionkit.model.time.Deadline.class);
        examples(read(DOCS.resolve("json.md"))).forEach((schema, blocks) -> blocks.forEach(block ->
                assertThat(UnionJson.read(UnionJson.mapper(), block, types.get(schema))).isNotNull()));
    }

    @Test
    void schemaEnumerationsListExactlyTheModelsConstants() throws IOException {
        JsonNode defs = PLAIN.readTree(read(DOCS.resolve("schema/unionkit-common.schema.json"))).get("$defs");
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(Map.entry("bodyKind", BodyKind.class),
                Map.entry("officerRole", OfficerRole.class), Map.entry("meetingKind", MeetingKind.class),
                Map.entry("organizationLevel", OrganizationLevel.class),
                Map.entry("organizationKind", OrganizationKind.class), Map.entry("memberCategory", MemberCategory.class),
                Map.entry("exitReason", ExitReason.class), Map.entry("deadlineKind", DeadlineKind.class),
                Map.entry("untilPolicy", UntilPolicy.class), Map.entry("recurrence", Recurrence.class),
                Map.entry("assigneeKind", AssigneeKind.class), Map.entry("severity", Severity.class),
                Map.entry("unresolvedReason", UnresolvedDeadline.Reason.class),
                Map.entry("deadlineRefusal", UnresolvedDeadline.Refusal.class));
        enums.forEach((name, type) -> {
            List<String> listed = new ArrayList<>();
            defs.get(name).get("enum").values().forEach(value -> listed.add(value.stringValue()));
            assertThat(listed).as(name).isEqualTo(Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toList()));
        });
    }

    /** Fenced blocks opened with {@code ```json <schema>}, by schema name. */
    private static Map<String, List<String>> examples(String markdown) {
        Map<String, List<String>> blocks = new java.util.TreeMap<>();
        String schema = null;
        StringBuilder block = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (schema == null && line.startsWith("```json ")) {
                schema = line.substring("```json ".length()).trim();
                block.setLength(0);
            } else if (schema != null && line.equals("```")) {
                blocks.computeIfAbsent(schema, key -> new ArrayList<>()).add(block.toString());
                schema = null;
            } else if (schema != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
