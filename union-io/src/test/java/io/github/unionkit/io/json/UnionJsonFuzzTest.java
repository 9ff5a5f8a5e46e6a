package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.rules.ValidationReport;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link UnionJson#read}: every input is read as each top-level document
 * type. Oracles: the only exception is {@link JsonInputException}, with a location; whatever is
 * accepted writes back to JSON that reads to an equal value and writes to the same text.
 *
 * <p>In a normal build this runs in regression mode on the inputs in
 * {@code UnionJsonFuzzTestInputs/readEveryTopLevelType/} (the examples of docs/json.md, the golden
 * resolution and every crash found); docs/dev/fuzzing.md says how to fuzz it.
 */
class UnionJsonFuzzTest {

    private static final List<Class<?>> TYPES = List.of(Resolution.class, OrganizationTree.class, Member.class,
            Meeting.class, Deadline.class, ValidationReport.class);

    @FuzzTest(maxDuration = "2m")
    void readEveryTopLevelType(byte[] input) {
        for (Class<?> type : TYPES) {
            readAndRoundTrip(input, type);
        }
    }

    private static <T> void readAndRoundTrip(byte[] input, Class<T> type) {
        T value;
        try {
            value = UnionJson.read(UnionJson.mapper(), new ByteArrayInputStream(input), type);
        } catch (JsonInputException e) {
            assertThat(e.errorType()).isNotNull();
            assertThat(e.getMessage()).isNotNull();
            return;
        }
        String written = UnionJson.mapper().writeValueAsString(value);
        T again = UnionJson.read(UnionJson.mapper(), written, type);
        assertThat(again).as("round trip of an accepted %s", type.getSimpleName()).isEqualTo(value);
        assertThat(UnionJson.mapper().writeValueAsString(again)).isEqualTo(written);
    }
}
