package io.github.unionkit.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProductionCalendarTest {

    private static final ProductionCalendar RUSSIAN = ProductionCalendar.russian();

    private static int workingDays(int year) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (RUSSIAN.isWorkingDay(d).orElseThrow()) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2022, 247", "2023, 247", "2024, 248", "2025, 247", "2026, 247"})
    void eachShippedYearHasItsPublishedNumberOfWorkingDays(int year, int expected) {
        assertThat(workingDays(year)).isEqualTo(expected);
        assertThat(RUSSIAN.source(year)).hasValueSatisfying(source -> assertThat(source).contains("112"));
    }

    @ParameterizedTest(name = "{0} works: {1}")
    @CsvSource({
        "2024-04-27, true", "2024-04-29, false", "2024-04-30, false", "2024-05-10, false", "2024-11-02, true",
        "2024-12-28, true", "2024-12-30, false", "2024-12-31, false", "2025-02-24, true", "2025-05-08, false",
        "2025-06-13, false", "2025-11-01, true", "2025-11-03, false", "2023-02-24, false", "2023-05-08, false",
        "2023-11-06, false", "2022-03-05, true", "2022-03-07, false", "2022-05-03, false", "2022-06-13, false",
        "2026-01-09, false", "2026-01-12, true", "2026-03-09, false", "2026-05-11, false", "2026-12-31, false",
        "2024-06-12, false", "2024-06-13, true"})
    void knowsTheTransfersOfEachYear(LocalDate day, boolean working) {
        assertThat(RUSSIAN.isWorkingDay(day)).contains(working);
    }

    @Test
    void coversOnlyTheShippedYearsAndNeverGuessesOthers() {
        assertThat(RUSSIAN.years()).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(RUSSIAN.covers(2021)).isFalse();
        assertThat(RUSSIAN.isWorkingDay(LocalDate.of(2021, 3, 1))).isEmpty();
        assertThat(RUSSIAN.plusWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEmpty();
        assertThat(RUSSIAN.plusWorkingDays(LocalDate.of(2024, 4, 26), 5)).contains(LocalDate.of(2024, 5, 7));
        assertThatThrownBy(() -> RUSSIAN.plusWorkingDays(LocalDate.of(2024, 4, 26), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsUserYearsAndLetsThemReplaceBuiltInOnes() {
        ProductionCalendar mine = ProductionCalendar.parse("""
                # a union's own calendar
                [2021]
                source = my test data
                holidays = 01-01..01-08, 02-23
                days-off = 02-22
                working-days = 02-20
                """);

        ProductionCalendar both = RUSSIAN.withYearsOf(mine);
        assertThat(both.years()).contains(2021, 2022);
        assertThat(both.isWorkingDay(LocalDate.of(2021, 2, 20))).contains(true);
        assertThat(both.isWorkingDay(LocalDate.of(2021, 2, 22))).contains(false);
        assertThat(both.source(2021)).contains("my test data");
        assertThat(RUSSIAN.covers(2021)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[2021]                                                                        | needs source",
        "[2021]\\nsource = x\\nholidays =\\ndays-off =\\nworking-days = 02-22           | not a Saturday or Sunday",
        "[2021]\\nsource = x\\nholidays = 02-30\\ndays-off =\\nworking-days =           | not a day",
        "[2021]\\nsource = x\\ncolour = red                                           | unknown key",
        "holidays = 01-01                                                              | expected",
        "[21]                                                                          | year out of range",
    })
    void rejectsBadDataNamingTheLine(String data, String message) {
        assertThatThrownBy(() -> ProductionCalendar.parse(data.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message)
                .hasMessageContaining("line");
    }
}
