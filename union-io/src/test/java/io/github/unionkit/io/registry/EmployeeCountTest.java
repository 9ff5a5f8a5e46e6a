package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeCountTest {

    @Test
    void holdsItsParts() {
        EmployeeCount count = EmployeeCount.of(OrganizationId.of("p1"), LocalDate.of(2020, 1, 1), 120);

        assertThat(count.organization()).isEqualTo(OrganizationId.of("p1"));
        assertThat(count.asOf()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(count.employees()).isEqualTo(120);
    }

    @Test
    void rejectsNoEmployeesAndNulls() {
        assertThatThrownBy(() -> EmployeeCount.of(OrganizationId.of("p1"), LocalDate.of(2020, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmployeeCount.of(null, LocalDate.of(2020, 1, 1), 1))
                .isInstanceOf(NullPointerException.class);
    }
}
