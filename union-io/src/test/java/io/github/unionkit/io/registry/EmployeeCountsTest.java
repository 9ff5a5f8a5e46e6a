package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.OrganizationId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeCountsTest {

    private static final OrganizationId P1 = OrganizationId.of("p1");

    @TempDir
    Path dir;

    @Test
    void theHeadcountOnADateIsThatOfTheLatestCountOnOrBeforeIt() {
        EmployeeCounts counts = EmployeeCounts.of(List.of(EmployeeCount.of(P1, LocalDate.of(2021, 1, 1), 90),
                EmployeeCount.of(P1, LocalDate.of(2020, 1, 1), 100)));

        assertThat(counts.employeesOn(P1, LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(counts.employeesOn(P1, LocalDate.of(2020, 1, 1))).isEqualTo(OptionalInt.of(100));
        assertThat(counts.employeesOn(P1, LocalDate.of(2020, 12, 31))).isEqualTo(OptionalInt.of(100));
        assertThat(counts.employeesOn(P1, LocalDate.of(2021, 1, 1))).isEqualTo(OptionalInt.of(90));
        assertThat(counts.employeesOn(OrganizationId.of("p2"), LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(counts.size()).isEqualTo(2);
    }

    @Test
    void twoCountsOfOneOrganizationOnOneDateAreAnError() {
        assertThatThrownBy(() -> EmployeeCounts.of(List.of(EmployeeCount.of(P1, LocalDate.of(2020, 1, 1), 1),
                EmployeeCount.of(P1, LocalDate.of(2020, 1, 1), 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsCsvWithCommaOrSemicolonAndABom() throws IOException {
        Path comma = Files.writeString(dir.resolve("e.csv"), "organization,asOf,employees\np1,2020-01-01,120\n\n");
        Path semicolon = Files.writeString(dir.resolve("f.csv"),
                "\uFEFForganization;asOf;employees\r\np1;2020-01-01;120\r\n");

        assertThat(EmployeeCounts.read(comma).employeesOn(P1, LocalDate.of(2020, 6, 1))).isEqualTo(OptionalInt.of(120));
        assertThat(EmployeeCounts.read(semicolon).employeesOn(P1, LocalDate.of(2020, 6, 1)))
                .isEqualTo(OptionalInt.of(120));
    }

    @Test
    void readsJson() throws IOException {
        Path json = Files.writeString(dir.resolve("e.json"),
                "[{\"organization\":\"p1\",\"asOf\":\"2020-01-01\",\"employees\":120}]");

        assertThat(EmployeeCounts.read(json).employeesOn(P1, LocalDate.of(2020, 6, 1))).isEqualTo(OptionalInt.of(120));
    }

    @Test
    void badFilesNameTheLineOrElement() throws IOException {
        Path header = Files.writeString(dir.resolve("h.csv"), "org,date,n\n");
        Path line = Files.writeString(dir.resolve("l.csv"), "organization,asOf,employees\np1,2020-13-01,1\n");
        Path zero = Files.writeString(dir.resolve("z.json"), "[{\"organization\":\"p1\",\"asOf\":\"2020-01-01\","
                + "\"employees\":0}]");
        Path other = Files.writeString(dir.resolve("e.txt"), "");

        assertThatThrownBy(() -> EmployeeCounts.read(header)).hasMessageContaining("line 1");
        assertThatThrownBy(() -> EmployeeCounts.read(line)).hasMessageContaining("line 2");
        assertThatThrownBy(() -> EmployeeCounts.read(zero)).hasMessageContaining("element 0");
        assertThatThrownBy(() -> EmployeeCounts.read(other)).isInstanceOf(IllegalArgumentException.class);
    }
}
