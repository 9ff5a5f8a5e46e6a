package io.github.unionkit.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void englishParticularsStayAsTheyAre() {
        assertThat(Expectations.in("expected an ISO date like 2021-03-31", Locale.ENGLISH))
                .hasValue("expected an ISO date like 2021-03-31");
        assertThat(Expectations.in("anything at all", Locale.ENGLISH)).hasValue("anything at all");
    }

    @Test
    void knownParticularsHaveARussianTextAndUnknownOnesNone() {
        assertThat(Expectations.in("expected an ISO date like 2021-03-31", RU)).hasValue("ожидается дата в виде 2021-03-31");
        assertThat(Expectations.in("expected one of [VOLUNTARY, DEATH]", RU))
                .hasValue("ожидается одно из значений: [VOLUNTARY, DEATH]");
        assertThat(Expectations.in("the member id is already on line 3", RU)).isEmpty();
        assertThat(Expectations.in("expected one of ", RU)).isEmpty();
    }

    @Test
    void whatTheRegistryReaderWritesForBadValuesIsSaidInRussian() throws Exception {
        String lines = String.join("\n",
                "{\"id\":\"m1\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2020-13-01\"}",
                "{\"id\":\"m 2\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2020-01-01\"}",
                "{\"id\":\"m3\",\"category\":\"RETIRED\",\"primaryOrganization\":\"p1\",\"admissionDate\":\"2020-01-01\"}",
                "{\"id\":\"m4\",\"category\":\"EMPLOYEE\",\"primaryOrganization\":7,\"admissionDate\":\"2020-01-01\"}",
                "[1]") + "\n";
        List<Rejection> rejections = new ArrayList<>();
        try (RegistryReader reader = RegistryReader.open(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                RegistryFormat.JSON_LINES, RegistryReadOptions.defaults())) {
            Optional<RegistryRow> row;
            while ((row = reader.next()).isPresent()) {
                row.get().rejection().ifPresent(rejections::add);
            }
        }
        assertThat(rejections).hasSize(5);
        for (Rejection rejection : rejections) {
            assertThat(Expectations.in(rejection.detail(), RU)).as(rejection.detail()).isPresent();
            assertThat(rejection.message(RU)).as(rejection.detail()).contains("ожидается");
        }
    }
}
