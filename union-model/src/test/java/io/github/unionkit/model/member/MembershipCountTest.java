package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipCountTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    @Test
    void totalIsTheSumOfCategories() {
        MembershipCount count = MembershipCount.of(DAY, 700, 250, 50);
        assertThat(count.total()).isEqualTo(1000);
        assertThat(count.count(MemberCategory.EMPLOYEE)).isEqualTo(700);
        assertThat(count.count(MemberCategory.NON_WORKING_PENSIONER)).isEqualTo(250);
        assertThat(count.count(MemberCategory.STUDENT)).isEqualTo(50);
    }

    @Test
    void plusAddsCategoryByCategory() {
        MembershipCount sum = MembershipCount.of(DAY, 1, 2, 3).plus(MembershipCount.of(DAY, 10, 20, 30));
        assertThat(sum).isEqualTo(MembershipCount.of(DAY, 11, 22, 33));
        assertThat(MembershipCount.zero(DAY).plus(MemberCategory.STUDENT)).isEqualTo(MembershipCount.of(DAY, 0, 0, 1));
    }

    @Test
    void ofCategoriesCountsEachListedMember() {
        assertThat(MembershipCount.of(DAY, MemberCategory.EMPLOYEE, MemberCategory.EMPLOYEE, MemberCategory.STUDENT))
                .isEqualTo(MembershipCount.of(DAY, 2, 0, 1));
        assertThat(MembershipCount.of(DAY)).isEqualTo(MembershipCount.zero(DAY));
    }

    @Test
    void refusesToAddCountsOfDifferentDates() {
        assertThatThrownBy(() -> MembershipCount.zero(DAY).plus(MembershipCount.zero(DAY.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeCountsAndOverflow() {
        assertThatThrownBy(() -> MembershipCount.of(DAY, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipCount.of(DAY, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipCount.of(DAY, Integer.MAX_VALUE, 1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MembershipCount.of(null, 0, 0, 0)).isInstanceOf(NullPointerException.class);
    }
}
