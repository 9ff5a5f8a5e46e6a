package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UnresolvedDeadline.Reason;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import io.github.unionkit.testkit.DeadlineGenerators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of unresolved deadlines: text, reason and refusal written, checked on reading. */
class UnresolvedDeadlineJsonTest {

    private static final JsonMapper MAPPER = UnionJson.mapper();

    @Test
    void writesTheReasonTheRefusalAndTheTextButNoLastDay() {
        String json = MAPPER.writeValueAsString(Deadline.refused("до 2025 года", Refusal.UNSUPPORTED));

        assertThat(json).isEqualTo("{\"kind\":\"UNRESOLVED\",\"reason\":\"REFUSED\",\"refusal\":\"UNSUPPORTED\","
                + "\"text\":\"до 2025 года\",\"window\":{},\"phrase\":\"до 2025 года\"}");
    }

    @Test
    void unresolvedDeadlinesRoundTripWithAndWithoutTheirPhrase() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100; i++) {
            Deadline deadline = DeadlineGenerators.unresolvedDeadlines().generate(random);
            String json = MAPPER.writeValueAsString(deadline);

            assertThat(UnionJson.read(MAPPER, json, Deadline.class)).as(json).isEqualTo(deadline);
        }
        Deadline bare = Deadline.unresolved("в январе", Reason.NO_DOCUMENT_DATE).withoutPhrase();
        assertThat(UnionJson.read(MAPPER, MAPPER.writeValueAsString(bare), Deadline.class)).isEqualTo(bare);
    }

    @Test
    void aRefusalMustMatchTheReasonAndTheTextIsRequired() {
        assertThatThrownBy(() -> UnionJson.read(MAPPER,
                "{\"kind\":\"UNRESOLVED\",\"reason\":\"REFUSED\",\"text\":\"до 2025 года\"}", Deadline.class))
                .isInstanceOf(JsonInputException.class).hasMessageContaining("refusal");
        assertThatThrownBy(() -> UnionJson.read(MAPPER, "{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\","
                + "\"refusal\":\"UNSUPPORTED\",\"text\":\"в январе\"}", Deadline.class))
                .isInstanceOf(JsonInputException.class).hasMessageContaining("refusal");
        assertThatThrownBy(() -> UnionJson.read(MAPPER, "{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\"}",
                Deadline.class)).isInstanceOf(JsonInputException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> UnionJson.read(MAPPER, "{\"kind\":\"UNRESOLVED\",\"reason\":\"NO_DOCUMENT_DATE\","
                + "\"text\":\"в январе\",\"lastDay\":\"2021-01-31\"}", Deadline.class))
                .isInstanceOf(JsonInputException.class).hasMessageContaining("lastDay");
    }
}
