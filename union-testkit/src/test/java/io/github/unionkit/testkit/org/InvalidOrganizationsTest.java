package io.github.unionkit.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.InvalidOrganizationException;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.org.OrganizationTreeException;
import io.github.unionkit.model.org.OrganizationTreeException.ErrorType;
import io.github.unionkit.testkit.OrganizationGenerators;
import io.github.unionkit.testkit.OrganizationGenerators.InvalidTree;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every near-miss tree or organization is rejected with the error it announces; every type is reached. */
class InvalidOrganizationsTest {

    private static final long SEED = 4_3L;

    @Test
    void everyInvalidTreeFailsWithItsExpectedErrorAndIds() {
        SplittableRandom random = new SplittableRandom(SEED);
        EnumSet<ErrorType> seen = EnumSet.noneOf(ErrorType.class);
        for (int i = 0; i < 200; i++) {
            InvalidTree invalid = OrganizationGenerators.invalidTrees().generate(random);
            assertThatThrownBy(() -> OrganizationTree.of(invalid.organizations()))
                    .isInstanceOfSatisfying(OrganizationTreeException.class, e -> {
                        assertThat(e.errorType()).isEqualTo(invalid.expectedError());
                        if (invalid.expectedError() == ErrorType.CYCLE) {
                            assertThat(e.ids()).containsExactlyInAnyOrderElementsOf(invalid.offendingIds());
                        } else {
                            assertThat(e.ids()).containsExactlyElementsOf(invalid.offendingIds());
                        }
                    });
            seen.add(invalid.expectedError());
        }
        assertThat(seen).containsExactlyInAnyOrder(ErrorType.values());
    }

    @Test
    void illegalNestingsAreReportedAsIllegalLevel() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 100; i++) {
            InvalidTree invalid = OrganizationGenerators.illegalNestings().generate(random);
            assertThatThrownBy(() -> OrganizationTree.of(invalid.organizations()))
                    .isInstanceOfSatisfying(OrganizationTreeException.class,
                            e -> assertThat(e.errorType()).isEqualTo(ErrorType.ILLEGAL_LEVEL));
        }
    }

    @Test
    void invalidOrganizationBuildersFailToBuild() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        EnumSet<InvalidOrganizationException.ErrorType> seen = EnumSet.noneOf(InvalidOrganizationException.ErrorType.class);
        for (int i = 0; i < 200; i++) {
            Organization.Builder builder = OrganizationGenerators.invalidOrganizationBuilders().generate(random);
            assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidOrganizationException.class,
                    e -> seen.add(e.errorType()));
        }
        assertThat(seen).contains(InvalidOrganizationException.ErrorType.NAMES_NOT_IN_ORDER,
                InvalidOrganizationException.ErrorType.TERRITORIAL_RIGHTS_NOT_PRIMARY,
                InvalidOrganizationException.ErrorType.KIND_NOT_APPLICABLE,
                InvalidOrganizationException.ErrorType.NATIONAL_HAS_PARENT);
    }

    @Test
    void regionalTreesAreRootedAtARegionalOrganization() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int i = 0; i < 50; i++) {
            OrganizationTree tree = OrganizationGenerators.regionalTrees().generate(random);
            assertThat(tree.root().level()).isEqualTo(io.github.unionkit.model.org.OrganizationLevel.REGIONAL);
            assertThat(tree.root().parent()).isEmpty();
        }
    }
}
