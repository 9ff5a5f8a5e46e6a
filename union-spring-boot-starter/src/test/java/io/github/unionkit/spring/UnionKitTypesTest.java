package io.github.unionkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.time.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;

class UnionKitTypesTest {

    @Test
    void unionKitClassesAndTheirArraysAreUnionKits() {
        assertThat(UnionKitTypes.isUnionKit(Member.class)).isTrue();
        assertThat(UnionKitTypes.isUnionKit(DeadlineKind.class)).isTrue();
        assertThat(UnionKitTypes.isUnionKit(io.github.unionkit.rules.ValidationReport.class)).isTrue();
        assertThat(UnionKitTypes.isUnionKit(io.github.unionkit.io.text.TextSpan.class)).isTrue();
        assertThat(UnionKitTypes.isUnionKit(Member[][].class)).isTrue();
    }

    @Test
    void otherClassesAreTheApplications() {
        assertThat(UnionKitTypes.isUnionKit(String.class)).isFalse();
        assertThat(UnionKitTypes.isUnionKit(LocalDate.class)).isFalse();
        assertThat(UnionKitTypes.isUnionKit(int[].class)).isFalse();
        assertThat(UnionKitTypes.isUnionKit(int.class)).isFalse();
        assertThat(UnionKitTypes.isUnionKit(UnionKitJsonProperties.class)).as("the starter's settings").isFalse();
        assertThat(UnionKitTypes.isUnionKit(UnionKitValidationException.class)).isFalse();
    }

    @Test
    void collectionsCountByTheirElements() {
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.forClassWithGenerics(List.class, Member.class))).isTrue();
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.forClassWithGenerics(Set.class, Member.class))).isTrue();
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.forClassWithGenerics(List.class, String.class))).isFalse();
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.forClass(List.class))).isFalse();
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.forClassWithGenerics(Map.class, String.class, Member.class)))
                .isFalse();
        assertThat(UnionKitTypes.isUnionKit(ResolvableType.NONE)).isFalse();
    }
}
