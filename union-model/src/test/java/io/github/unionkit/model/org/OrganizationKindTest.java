package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationKindTest {

    @Test
    void everyLevelHasAtLeastOneKind() {
        for (OrganizationLevel level : OrganizationLevel.values()) {
            boolean found = false;
            for (OrganizationKind kind : OrganizationKind.values()) {
                found |= kind.appliesTo(level);
            }
            assertThat(found).as(level.name()).isTrue();
        }
    }

    @Test
    void regionalKindsApplyOnlyToRegionalLevel() {
        assertThat(OrganizationKind.OBLAST.levels()).containsExactly(OrganizationLevel.REGIONAL);
        assertThat(OrganizationKind.KRAI.appliesTo(OrganizationLevel.TERRITORIAL)).isFalse();
        assertThat(OrganizationKind.DISTRICT.appliesTo(OrganizationLevel.TERRITORIAL)).isTrue();
        assertThat(OrganizationKind.HIGHER_EDUCATION.appliesTo(OrganizationLevel.PRIMARY)).isTrue();
        assertThat(OrganizationKind.NATIONAL_UNION.levels()).containsExactly(OrganizationLevel.NATIONAL);
        assertThat(OrganizationKind.OTHER.appliesTo(OrganizationLevel.NATIONAL)).isFalse();
    }

    @Test
    void onlyVocationalAndHigherEducationAdmitStudents() {
        for (OrganizationKind kind : OrganizationKind.values()) {
            boolean expected = kind == OrganizationKind.VOCATIONAL || kind == OrganizationKind.HIGHER_EDUCATION;
            assertThat(kind.admitsStudents()).as(kind.name()).isEqualTo(expected);
        }
    }

    @Test
    void levelsAreUnmodifiable() {
        assertThatThrownBy(() -> OrganizationKind.SCHOOL.levels().add(OrganizationLevel.GROUP))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
