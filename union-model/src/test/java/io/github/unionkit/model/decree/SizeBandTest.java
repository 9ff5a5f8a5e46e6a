package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.time.Deadline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class SizeBandTest {

    private static final Deadline Q1 = Deadline.inQuarter(YearQuarter.of(2021, 1));

    @Test
    void itsRangeContainsExactlyItsCounts() {
        SizeBand small = SizeBand.of(MembershipRange.atMost(1000), Q1, List.of(), "до 1 тыс.членов");
        SizeBand large = SizeBand.of(MembershipRange.moreThan(1000), Q1, List.of(), "свыше 1 тыс.членов");
        assertThat(small.range().contains(1000)).isTrue();
        assertThat(small.range().contains(1001)).isFalse();
        assertThat(large.range().contains(1000)).isFalse();
        assertThat(large.range().contains(1001)).isTrue();
    }

    @Test
    void keepsOrganizationsInOrderWithDuplicates() {
        OrganizationRef a = OrganizationRef.of("Ахтубинская ТОП");
        OrganizationRef b = OrganizationRef.of("Енотаевская ТОП");
        List<OrganizationRef> source = new ArrayList<>(List.of(b, a, b));
        SizeBand band = SizeBand.of(MembershipRange.atMost(1000), Q1, source, "x");
        source.clear();
        assertThat(band.organizations()).containsExactly(b, a, b);
        assertThatThrownBy(() -> band.organizations().add(a)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void normalisesAndRequiresTheSubject() {
        assertThat(SizeBand.of(MembershipRange.atMost(1), Q1, List.of(), " a \n b ").subjectAsWritten())
                .isEqualTo("a b");
        assertThatThrownBy(() -> SizeBand.of(MembershipRange.atMost(1), Q1, List.of(), " "))
                .isInstanceOf(InvalidResolutionException.class);
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> SizeBand.of(null, Q1, List.of(), "x"));
        assertThatNullPointerException().isThrownBy(() -> SizeBand.of(MembershipRange.atMost(1), null, List.of(), "x"));
        assertThatNullPointerException().isThrownBy(() -> SizeBand.of(MembershipRange.atMost(1), Q1, null, "x"));
        assertThatNullPointerException().isThrownBy(() -> SizeBand.of(MembershipRange.atMost(1), Q1, List.of(), null));
    }
}
