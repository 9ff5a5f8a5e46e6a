package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CategoryChangeTest {

    @Test
    void holdsTheDateAndTheNewCategory() {
        CategoryChange change = CategoryChange.of(LocalDate.of(2020, 3, 1), MemberCategory.NON_WORKING_PENSIONER);
        assertThat(change.category()).isEqualTo(MemberCategory.NON_WORKING_PENSIONER);
        assertThat(change).isEqualTo(new CategoryChange(LocalDate.of(2020, 3, 1), MemberCategory.NON_WORKING_PENSIONER));
        assertThatThrownBy(() -> CategoryChange.of(null, MemberCategory.STUDENT)).isInstanceOf(NullPointerException.class);
    }
}
