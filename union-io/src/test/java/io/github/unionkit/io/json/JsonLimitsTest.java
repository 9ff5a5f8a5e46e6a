package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void everyLimitMustBePositive() {
        assertThatThrownBy(() -> new JsonLimits(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxNestingDepth");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxStringLength");
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxTokenCount(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokenCount");
    }

    @Test
    void registryRecordLimitsAreTighterThanDocumentLimits() {
        JsonLimits record = JsonLimits.registryRecord();
        JsonLimits document = JsonLimits.defaults();
        assertThat(record.maxNestingDepth()).isLessThan(document.maxNestingDepth());
        assertThat(record.maxDocumentLength()).isLessThan(document.maxDocumentLength());
        assertThat(record.maxStringLength()).isLessThan(document.maxStringLength());
    }

    @Test
    void withersChangeOnlyTheirLimit() {
        JsonLimits changed = JsonLimits.defaults().withMaxNumberLength(10);
        assertThat(changed.maxNumberLength()).isEqualTo(10);
        assertThat(changed.withMaxNumberLength(JsonLimits.defaults().maxNumberLength())).isEqualTo(JsonLimits.defaults());
    }
}
