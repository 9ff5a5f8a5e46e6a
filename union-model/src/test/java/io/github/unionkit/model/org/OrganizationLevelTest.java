package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationLevelTest {

    @Test
    void followsTheCharterNesting() {
        assertThat(OrganizationLevel.REGIONAL.isAllowedUnder(OrganizationLevel.NATIONAL)).isTrue();
        assertThat(OrganizationLevel.TERRITORIAL.isAllowedUnder(OrganizationLevel.REGIONAL)).isTrue();
        assertThat(OrganizationLevel.PRIMARY.isAllowedUnder(OrganizationLevel.TERRITORIAL)).isTrue();
        assertThat(OrganizationLevel.PRIMARY.isAllowedUnder(OrganizationLevel.REGIONAL)).isTrue();
        assertThat(OrganizationLevel.GROUP.isAllowedUnder(OrganizationLevel.PRIMARY)).isTrue();
    }

    @Test
    void rejectsEveryOtherNesting() {
        int allowed = 0;
        for (OrganizationLevel child : OrganizationLevel.values()) {
            for (OrganizationLevel parent : OrganizationLevel.values()) {
                if (child.isAllowedUnder(parent)) {
                    allowed++;
                    assertThat(parent.ordinal()).isLessThan(child.ordinal());
                }
            }
        }
        assertThat(allowed).isEqualTo(5);
        assertThat(OrganizationLevel.NATIONAL.isAllowedUnder(OrganizationLevel.NATIONAL)).isFalse();
        assertThat(OrganizationLevel.PRIMARY.isAllowedUnder(OrganizationLevel.NATIONAL)).isFalse();
    }

    @Test
    void rejectsNullParent() {
        assertThatThrownBy(() -> OrganizationLevel.GROUP.isAllowedUnder(null))
                .isInstanceOf(NullPointerException.class);
    }
}
