package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.json.JsonInputException.ErrorType;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class UnionModuleTest {

    private static final JsonMapper MAPPER = UnionJson.mapper();

    private static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    @Test
    void moduleIsNamedAndVersioned() {
        UnionModule module = new UnionModule();
        assertThat(module.getModuleName()).isEqualTo("UnionKit");
        assertThat(module.version().getGroupId()).isEqualTo("io.github.unionkit");
        assertThat(module.version().getArtifactId()).isEqualTo("union-io");
        assertThat(module.version().getMajorVersion()).isZero();
    }

    @Test
    void moduleIsDiscoverableThroughServiceLoader() {
        // Jackson's own ServiceLoader lookup: the module's `provides` (or META-INF/services) must be there.
        assertThat(MapperBuilder.findModules().stream().map(m -> m.getClass().getName())
                .collect(Collectors.toList())).contains(UnionModule.class.getName());
    }

    @Test
    void onAPlainMapperTheModuleStillRejectsDuplicatesOverLongStringsAndQuotesNoInput() {
        JsonMapper plain = JsonMapper.builder().addModule(new UnionModule()).build();
        assertThatThrownBy(() -> plain.readValue("{\"votesFor\": 1, \"votesAgainst\": 0, \"abstained\": 0,"
                + " \"votesFor\": 7}", io.github.unionkit.model.meeting.VoteTally.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.DUPLICATE_PROPERTY);
                    assertThat(e.pointer()).isEqualTo("/votesFor");
                });
        String huge = "\"" + "x".repeat(JsonLimits.defaults().maxStringLength() + 1) + "\"";
        assertThatThrownBy(() -> plain.readValue("{\"id\": " + huge + "}", io.github.unionkit.model.org.Organization.class))
                .isInstanceOfSatisfying(JsonInputException.class,
                        e -> assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.STRING_TOO_LONG));
        assertThatThrownBy(() -> plain.readValue("{\"votesFor\": 1, \"votesAgainst\": QZXsecret}",
                io.github.unionkit.model.meeting.VoteTally.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(JsonInputException.ErrorType.MALFORMED);
                    assertThat(e.getMessage()).doesNotContain("QZX");
                });
    }

    @Test
    void findAndAddModulesPicksUpTheModule() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof UnionModule);
        assertThat(mapper.writeValueAsString(DecreeNumber.parse("3-1"))).isEqualTo("\"3-1\"");
    }

    @Test
    void quartersAndHalvesUseTheirIsoLikeForms() {
        assertThat(json(YearQuarter.of(2021, 1))).isEqualTo("\"2021-Q1\"");
        assertThat(json(YearHalf.of(2021, 1))).isEqualTo("\"2021-H1\"");
        assertThat(MAPPER.readValue("\"2021-Q4\"", YearQuarter.class)).isEqualTo(YearQuarter.of(2021, 4));
        assertThat(MAPPER.readValue("\"2021-H2\"", YearHalf.class)).isEqualTo(YearHalf.of(2021, 2));
    }

    @Test
    void badQuarterIsAnInvalidValueThatDescribesTheForm() {
        assertThatThrownBy(() -> MAPPER.readValue("\"2021-Q5\"", YearQuarter.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("2021-Q1")
                .extracting(e -> ((JsonInputException) e).errorType()).isEqualTo(ErrorType.INVALID_VALUE);
    }

    @Test
    void datesAreIsoStringsAndYearsAreNumbers() {
        assertThat(json(LocalDate.of(2020, 12, 18))).isEqualTo("\"2020-12-18\"");
        assertThat(json(YearMonth.of(2021, 1))).isEqualTo("\"2021-01\"");
        assertThat(json(Year.of(2021))).isEqualTo("2021");
        assertThatThrownBy(() -> MAPPER.readValue("\"18.12.2020\"", LocalDate.class))
                .isInstanceOf(JsonInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("1608249600000", LocalDate.class))
                .isInstanceOf(JsonInputException.class);
    }

    @Test
    void dateRangesHaveAnInclusiveEndAndOmitUnboundedSides() {
        LocalDateRange quarter = LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31));
        assertThat(json(quarter)).isEqualTo("{\"start\":\"2021-01-01\",\"endInclusive\":\"2021-03-31\"}");
        assertThat(json(LocalDateRange.ofUnboundedEnd(LocalDate.of(2021, 1, 1)))).isEqualTo("{\"start\":\"2021-01-01\"}");
        assertThat(json(LocalDateRange.ofUnbounded())).isEqualTo("{}");
        for (LocalDateRange range : new LocalDateRange[] {quarter, LocalDateRange.ofEmpty(LocalDate.of(2021, 5, 1)),
                LocalDateRange.ofUnboundedStart(LocalDate.of(2021, 5, 1)), LocalDateRange.ALL}) {
            assertThat(MAPPER.readValue(json(range), LocalDateRange.class)).isEqualTo(range);
        }
    }

    @Test
    void deadlineCarriesItsKindValuesWindowLastDayAndPhrase() {
        Deadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в первом квартале 2021 года");
        assertThat(json(deadline)).isEqualTo("{\"kind\":\"QUARTER\",\"quarter\":\"2021-Q1\","
                + "\"window\":{\"start\":\"2021-01-01\",\"endInclusive\":\"2021-03-31\"},\"lastDay\":\"2021-03-31\","
                + "\"phrase\":\"в первом квартале 2021 года\"}");
        assertThat(MAPPER.readValue(json(deadline), Deadline.class)).isEqualTo(deadline);
    }

    @Test
    void untilDeadlineKeepsItsPolicy() {
        Deadline until = Deadline.until(LocalDate.of(2020, 12, 18), LocalDate.of(2020, 12, 29), UntilPolicy.EXCLUSIVE)
                .withPhrase("До 29 декабря 2020 г.");
        String json = json(until);
        assertThat(json).contains("\"policy\":\"EXCLUSIVE\"", "\"lastDay\":\"2020-12-28\"");
        assertThat(MAPPER.readValue(json, Deadline.class)).isEqualTo(until);
    }

    @Test
    void deadlineWhoseWindowContradictsItsValuesIsRejected() {
        String json = "{\"kind\":\"HALF_YEAR\",\"half\":\"2021-H1\","
                + "\"window\":{\"start\":\"2021-01-01\",\"endInclusive\":\"2021-12-31\"}}";
        assertThatThrownBy(() -> MAPPER.readValue(json, Deadline.class))
                .isInstanceOf(JsonInputException.class)
                .satisfies(e -> assertThat(((JsonInputException) e).pointer()).isEqualTo("/window"));
    }

    @Test
    void deadlineWithoutWindowIsRebuiltFromItsValues() {
        Deadline read = MAPPER.readValue("{\"kind\":\"YEAR\",\"year\":2021}", Deadline.class);
        assertThat(read).isEqualTo(Deadline.inYear(Year.of(2021)));
    }

    @Test
    void unknownDeadlineKindIsAnInvalidValue() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"kind\":\"SOMEDAY\"}", Deadline.class))
                .isInstanceOf(JsonInputException.class)
                .extracting(e -> ((JsonInputException) e).pointer()).isEqualTo("/kind");
    }
}
