package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RegistryFormatTest {

    @Test
    void formatFollowsTheExtensionIgnoringCase() {
        assertThat(RegistryFormat.of(Path.of("/tmp/registry.jsonl"))).isEqualTo(RegistryFormat.JSON_LINES);
        assertThat(RegistryFormat.of(Path.of("a.NDJSON"))).isEqualTo(RegistryFormat.JSON_LINES);
        assertThat(RegistryFormat.of(Path.of("export.Csv"))).isEqualTo(RegistryFormat.CSV);
    }

    @Test
    void unknownExtensionIsRejected() {
        assertThatThrownBy(() -> RegistryFormat.of(Path.of("registry.json")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
