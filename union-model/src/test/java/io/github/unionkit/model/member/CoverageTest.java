package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void ratioAndPercentAreRoundedHalfUp() {
        Coverage coverage = Coverage.of(617, 1000);
        assertThat(coverage.ratio()).isEqualTo(new BigDecimal("0.6170"));
        assertThat(coverage.percent()).isEqualTo(new BigDecimal("61.7"));
        assertThat(Coverage.of(2, 3).ratio()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(Coverage.of(1, 8).percent()).isEqualTo(new BigDecimal("12.5"));
        assertThat(Coverage.of(0, 5).ratio()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(Coverage.of(5, 5).percent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void takesWorkingMembersFromACount() {
        MembershipCount count = MembershipCount.of(LocalDate.of(2021, 1, 1), 80, 30, 5);
        assertThat(Coverage.of(count, 100)).isEqualTo(Coverage.of(80, 100));
    }

    @Test
    void rejectsImpossibleFigures() {
        assertThatThrownBy(() -> Coverage.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coverage.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
