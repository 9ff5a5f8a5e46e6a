package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryReadOptionsTest {

    @Test
    void theDefaultsDetectTheCsvEncodingAndSeparator() {
        RegistryReadOptions defaults = RegistryReadOptions.defaults();
        assertThat(defaults.csvCharset()).isEmpty();
        assertThat(defaults.csvDelimiter()).isEmpty();
        assertThat(defaults.unknownProperties()).isEqualTo(UnknownPropertyPolicy.FAIL);
    }

    @Test
    void theCsvEncodingAndSeparatorCanBeGivenAndSurviveOtherChanges() {
        RegistryReadOptions options = RegistryReadOptions.defaults().withCsvCharset(RegistryReadOptions.WINDOWS_1251)
                .withCsvDelimiter(';').withUnknownProperties(UnknownPropertyPolicy.IGNORE)
                .withLimits(JsonLimits.registryRecord());
        assertThat(options.csvCharset()).hasValue(RegistryReadOptions.WINDOWS_1251);
        assertThat(options.csvDelimiter()).hasValue(';');
        assertThat(options.withCsvCharset(StandardCharsets.UTF_8).csvCharset()).hasValue(StandardCharsets.UTF_8);
    }

    @Test
    void onlyUtf8OrWindows1251AndCommaSemicolonOrTabAreAllowed() {
        assertThatThrownBy(() -> RegistryReadOptions.defaults().withCsvCharset(StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryReadOptions.defaults().withCsvDelimiter('|'))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RegistryReadOptions.defaults().withCsvDelimiter('\t').csvDelimiter()).hasValue('\t');
        assertThatThrownBy(() -> RegistryReadOptions.defaults().withLimits(JsonLimits.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
