package io.github.unionkit.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unionkit.io.json.JsonInputException;
import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.model.org.OrganizationTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class OrganizationTreeDeserializerTest {

    private static final String ORG = "{\"id\":\"ru\",\"level\":\"NATIONAL\",\"kind\":\"NATIONAL_UNION\","
            + "\"names\":[{\"fullName\":\"Профсоюз\",\"validFrom\":\"1990-09-27\"}]}";

    private static OrganizationTree read(String json) {
        return UnionJson.read(UnionJson.mapper(), json, OrganizationTree.class);
    }

    private static JsonInputException failure(String json) {
        return catchThrowableOfType(JsonInputException.class, () -> read(json));
    }

    @Test
    void aGeneratedTreeRoundTripsThroughTheStream() {
        OrganizationTree tree = RegistryGenerator.builder().members(0).organizations(3, 4, 6, 2).build().organizations();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnionJson.writeDocument(tree, out);
        OrganizationTree read = UnionJson.read(UnionJson.mapper(), new ByteArrayInputStream(out.toByteArray()),
                OrganizationTree.class);
        assertThat(read).isEqualTo(tree);
    }

    @Test
    void anAbsentListIsAnEmptyTree() {
        assertThat(read("{}").size()).isZero();
    }

    @Test
    void aBadValueIsNamedByItsPointerFromTheDocumentRootAndLocatedOnItsLine() {
        JsonInputException e = failure("{\"organizations\": [" + ORG + ",\n"
                + ORG.replace("\"ru\"", "\"r1\"").replace("NATIONAL\"", "NOWHERE\"") + "]}");
        assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/organizations/1/level");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).doesNotContain("NOWHERE");
    }

    @Test
    void structuralMistakesHaveTheirOwnTypes() {
        assertThat(failure("[]").errorType()).isEqualTo(ErrorType.WRONG_TYPE);
        assertThat(failure("{\"organizations\": {}}").pointer()).isEqualTo("/organizations");
        assertThat(failure("{\"organizations\": [], \"organizations\": []}").errorType())
                .isEqualTo(ErrorType.DUPLICATE_PROPERTY);
        assertThat(failure("{\"organizations\": [" + ORG).errorType()).isEqualTo(ErrorType.TRUNCATED);
        assertThat(failure("{\"secret\": 1}").errorType()).isEqualTo(ErrorType.UNKNOWN_PROPERTY);
        assertThat(failure("{\"secret\": 1}").getMessage()).doesNotContain("secret");
    }

    @Test
    void unknownPropertiesAreSkippedUnderTheIgnorePolicy() {
        OrganizationTree tree = UnionJson.read(UnionJson.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build(),
                "{\"note\": {\"a\": [1]}, \"organizations\": [" + ORG + "]}", OrganizationTree.class);
        assertThat(tree.size()).isEqualTo(1);
    }

    @Test
    void aTreeThatBreaksTheModelIsInvalidAtTheRoot() {
        JsonInputException e = failure("{\"organizations\": [" + ORG + "," + ORG + "]}");
        assertThat(e.errorType()).isEqualTo(ErrorType.INVALID_VALUE);
        assertThat(e.pointer()).isEmpty();
    }
}
