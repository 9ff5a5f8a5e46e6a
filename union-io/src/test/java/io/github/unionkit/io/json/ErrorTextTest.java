package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decision 0013: an error text (message, pointer, rejection field and detail) holds positions,
 * property names the format defines, rules and limits - never an input value. Every value of every
 * example document and registry record is replaced in turn by a marked value; an unknown property
 * with a marked name is added to every object; every object gets a duplicate property. Whatever
 * error results must not contain the mark.
 */
class ErrorTextTest {

    private static final String MARK = "QZX";
    private static final List<String> MARKED_STRINGS = List.of(MARK + "-7", "1999-02-30", "19" + "99-12-31" + MARK,
            "7" + MARK + "31", "EMPLOY" + MARK, "99999-" + MARK, "1" + MARK + "-2");
    private static final long MARKED_NUMBER = 987_654_321L;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static final Map<String, Class<?>> TYPES = Map.of("deadline", Deadline.class, "resolution", Resolution.class,
            "organization-tree", OrganizationTree.class, "validation-report", ValidationReport.class,
            "registry-record", Member.class);

    private int errors;

    @Test
    void noErrorOfAnyDocumentTypeQuotesAnInputValue() throws IOException {
        for (Map.Entry<String, Class<?>> example : examples().entrySet()) {
            JsonNode document = PLAIN.readTree(example.getKey());
            forEachVariant(document, variant -> check(variant, example.getValue()));
        }
        assertThat(errors).as("errors checked").isGreaterThan(400);
    }

    @Test
    void noRegistryRejectionQuotesAnInputValue() {
        String record = "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":"
                + "\"2015-09-01\",\"exit\":{\"date\":\"2020-06-30\",\"reason\":\"VOLUNTARY\"},\"card\":\"7712345678\","
                + "\"name\":{\"family\":\"Иванова\",\"given\":\"Анна\"},\"birthDate\":\"1955-04-12\"}";
        List<String> lines = new ArrayList<>();
        forEachVariant(PLAIN.readTree(record), variant -> lines.add(variant));
        lines.add(record.replace("2020-06-30", "2011-01-01")); // exit before admission: dates stay out
        lines.add(record.replace("1955-04-12", "2016-01-01")); // born after admission
        StringBuilder jsonl = new StringBuilder();
        lines.forEach(line -> jsonl.append(line).append('\n'));
        assertNoMarkIn(rejections(jsonl.toString(), RegistryFormat.JSON_LINES), 50);

        String header = "id,category,primaryOrganization,admissionDate,exitDate,exitReason,card,familyName,givenName,"
                + "patronymic,birthDate";
        String row = "m1,EMPLOYEE,p1,2015-09-01,2020-06-30,VOLUNTARY,7712345678,Иванова,Анна,,1955-04-12";
        StringBuilder csv = new StringBuilder(header).append('\n');
        String[] cells = row.split(",", -1);
        int variants = 0;
        for (int i = 0; i < cells.length; i++) {
            for (String marked : MARKED_STRINGS) {
                String[] copy = cells.clone();
                copy[i] = marked;
                csv.append(String.join(",", copy)).append('\n');
                variants++;
            }
        }
        csv.append(row.replace("2020-06-30", "2011-01-01")).append('\n');
        csv.append(row).append(",").append(MARK).append('\n');
        assertNoMarkIn(rejections(csv.toString(), RegistryFormat.CSV), variants / 3);
        assertNoMarkIn(rejections(header + "," + MARK + "col\n" + row + ",x\n", RegistryFormat.CSV), 1);
    }

    private static List<Rejection> rejections(String text, RegistryFormat format) {
        List<Rejection> rejections = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        try (RegistryReader reader = RegistryReader.open(in, format, RegistryReadOptions.defaults())) {
            for (Iterator<RegistryRow> it = reader.iterator(); it.hasNext(); ) {
                it.next().rejection().ifPresent(rejections::add);
            }
        }
        return rejections;
    }

    private static void assertNoMarkIn(List<Rejection> rejections, int atLeast) {
        assertThat(rejections).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Rejection r : rejections) {
            String text = r.field() + " " + r.detail() + " " + r;
            assertThat(text).as("rejection text").doesNotContain(MARK, "1999", "2011-01-01", "2016-01-01",
                    "2020-06-30", "2015-09-01", "1955-04-12", "Иванова", "7712345678");
        }
    }

    private void check(String json, Class<?> type) {
        try {
            UnionJson.read(UnionJson.mapper(), json, type);
        } catch (JsonInputException e) {
            errors++;
            String text = e.getMessage() + " " + e.pointer() + " " + e.getOriginalMessage();
            assertThat(text).as("error text of %s", json.length() > 300 ? json.substring(0, 300) : json)
                    .doesNotContain(MARK, "1999", String.valueOf(MARKED_NUMBER));
            assertThat(e.line()).isPositive();
        }
    }

    /** Every document that differs from {@code document} in one marked value or one added property. */
    private static void forEachVariant(JsonNode document, Consumer<String> sink) {
        List<String> paths = new ArrayList<>();
        collect(document, "", paths);
        for (String path : paths) {
            JsonNode target = document.at(path);
            if (target.isString()) {
                for (String marked : MARKED_STRINGS) {
                    sink.accept(replaced(document, path, PLAIN.getNodeFactory().stringNode(marked)));
                }
            } else if (target.isNumber() || target.isBoolean()) {
                sink.accept(replaced(document, path, PLAIN.getNodeFactory().numberNode(MARKED_NUMBER)));
                sink.accept(replaced(document, path, PLAIN.getNodeFactory().stringNode(MARK)));
            } else if (target.isObject()) {
                ObjectNode copy = (ObjectNode) document.deepCopy();
                ObjectNode object = (ObjectNode) (path.isEmpty() ? copy : copy.at(path));
                object.put(MARK + "unknown", MARK);
                sink.accept(PLAIN.writeValueAsString(copy));
                Iterator<String> names = target.propertyNames().iterator();
                if (names.hasNext()) {
                    String name = names.next();
                    sink.accept(duplicated(document, path, name));
                }
            }
        }
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        paths.add(path);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static String replaced(JsonNode document, String path, JsonNode value) {
        if (path.isEmpty()) {
            return PLAIN.writeValueAsString(value);
        }
        JsonNode copy = document.deepCopy();
        int slash = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return PLAIN.writeValueAsString(copy);
    }

    /** The document with the object at {@code path} given {@code name} a second time (a marked value). */
    private static String duplicated(JsonNode document, String path, String name) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        ObjectNode object = (ObjectNode) (path.isEmpty() ? copy : copy.at(path));
        String marker = "\"" + MARK + "dup\"";
        object.put(name + MARK, MARK + "dup");
        String text = PLAIN.writeValueAsString(copy);
        String quotedName = PLAIN.writeValueAsString(name + MARK);
        return text.replace(quotedName + ":" + marker, PLAIN.writeValueAsString(name) + ":" + marker);
    }

    private static Map<String, Class<?>> examples() throws IOException {
        Map<String, Class<?>> examples = new java.util.LinkedHashMap<>();
        String base = "/io/github/unionkit/io/json/UnionJsonFuzzTestInputs/readEveryTopLevelType/";
        for (String file : List.of("doc-00-deadline.json", "doc-01-resolution.json", "doc-02-organization-tree.json",
                "doc-03-validation-report.json", "doc-04-registry-record.json")) {
            String kind = file.substring("doc-00-".length(), file.length() - ".json".length());
            try (InputStream in = ErrorTextTest.class.getResourceAsStream(base + file)) {
                examples.put(new String(in.readAllBytes(), StandardCharsets.UTF_8), TYPES.get(kind));
            }
        }
        return examples;
    }
}
