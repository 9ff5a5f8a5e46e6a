package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

    @Test
    void headerNamesAreComparedWithoutCaseSpacesAndYo() {
        CsvColumns columns = CsvColumns.of(List.of("  ИДЕНТИФИКАТОР ", "категория", "ППО", "Дата  приёма",
                "AdmissionDate2"), false);
        assertThat(columns.width()).isEqualTo(5);
        assertThat(CsvColumns.normalize(" Дата\u00A0 приёма ")).isEqualTo("дата приема");
    }

    @Test
    void everyColumnHasRussianAliasesAndNoAliasNamesTwoColumns() {
        assertThat(CsvColumns.ALIASES.keySet()).containsExactlyElementsOf(CsvColumns.NAMES);
        assertThat(CsvColumns.ALIASES.values()).allSatisfy(aliases -> assertThat(aliases).isNotEmpty());
    }

    @Test
    void aColumnNamedTwiceByAliasAndByNameIsADuplicate() {
        Rejection rejection = catchThrowableOfType(CsvColumns.CellException.class, () -> CsvColumns.of(
                List.of("id", "category", "primaryOrganization", "admissionDate", "Дата вступления"), false))
                .toRejection(1, Optional.empty());
        assertThat(rejection.reason()).isEqualTo(Reason.DUPLICATE_PROPERTY);
        assertThat(rejection.field()).isEqualTo("admissionDate");
        assertThat(rejection.detail()).contains("column 5");
    }

    @Test
    void russianDatesAndCategoriesAreRead() {
        CsvColumns columns = CsvColumns.of(List.of("id", "категория", "ппо", "дата вступления", "дата выхода",
                "причина выхода"), true);
        var member = columns.toMember(new String[] {"m1", "Обучающийся", "p1", "01.09.2015", "30.06.2019",
            "GRADUATION"});
        assertThat(member.admissionDate()).hasToString("2015-09-01");
        assertThat(member.exit().orElseThrow().date()).hasToString("2019-06-30");
        Rejection bad = catchThrowableOfType(CsvColumns.CellException.class, () -> columns.toMember(
                new String[] {"m1", "EMPLOYEE", "p1", "31.02.2015", "", ""})).toRejection(2, Optional.empty());
        assertThat(bad.field()).isEqualTo("admissionDate");
    }

    @Test
    void historyCellsAreWrittenAsTheyAreRead() {
        io.github.unionkit.model.member.Member member = io.github.unionkit.testkit.MemberGenerators.membersWithHistory()
                .generate(new java.util.SplittableRandom(3));
        String[] cells = new String[CsvColumns.NAMES.size()];
        RecordWriters.fill(member, cells);
        CsvColumns columns = CsvColumns.of(CsvColumns.NAMES, true);
        assertThat(columns.toMember(cells)).isEqualTo(member);
        assertThat(cells[11]).isEqualTo(member.hasHistory() ? "2" : "");
    }

    @Test
    void badHistoryCellsNameTheirColumn() {
        CsvColumns columns = CsvColumns.of(List.of("id", "category", "primaryOrganization", "admissionDate",
                "formatVersion", "interruptions", "categoryChanges", "transfers"), true);
        String[][] bad = {
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "3", "", "", ""},
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "2", "2016-01-01 VOLUNTARY", "", ""},
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "2", "2016-01-01 LEFT 2017-01-01", "", ""},
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "2", "2016-01-01 VOLUNTARY 2016-01-01", "", ""},
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "2", "", "2016-01-01 RETIRED", ""},
            {"m1", "EMPLOYEE", "p1", "2015-09-01", "1", "", "", "2016-01-01 p2"},
        };
        String[] fields = {"formatVersion", "interruptions", "interruptions", "interruptions", "categoryChanges",
            "formatVersion"};
        for (int i = 0; i < bad.length; i++) {
            String[] row = bad[i];
            Rejection rejection = catchThrowableOfType(CsvColumns.CellException.class, () -> columns.toMember(row))
                    .toRejection(2, Optional.empty());
            assertThat(rejection.field()).as("row %d", i).isEqualTo(fields[i]);
            assertThat(rejection.detail()).doesNotContain("2016-01-01", "p2", "RETIRED");
        }
    }
}
