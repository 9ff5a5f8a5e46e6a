package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.registry.RegistryGenerator;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTree;
import org.junit.jupiter.api.Test;

class OrganizationIndexTest {

    private static final OrganizationTree TREE = RegistryGenerator.builder().members(0).organizations(5, 10, 20, 3)
            .build().organizations();

    @Test
    void everyOrganizationIsFoundAtItsPositionByIdAndByCharacters() {
        OrganizationIndex index = new OrganizationIndex(TREE);
        assertThat(index.size()).isEqualTo(TREE.size());
        for (int i = 0; i < index.size(); i++) {
            OrganizationId id = index.idAt(i);
            assertThat(index.positionOf(id)).isEqualTo(i);
            assertThat(index.positionOf(OrganizationId.of(new String(id.value().toCharArray())))).isEqualTo(i);
            char[] chars = ("[" + id.value() + "]").toCharArray();
            assertThat(index.find(chars, 1, chars.length - 2)).isSameAs(id);
            assertThat(index.find(new String(id.value().toCharArray()))).isSameAs(id);
        }
    }

    @Test
    void unknownIdsAreNotFound() {
        OrganizationIndex index = new OrganizationIndex(TREE);
        assertThat(index.positionOf(OrganizationId.of("zz-unknown"))).isEqualTo(-1);
        assertThat(index.find("zz".toCharArray(), 0, 2)).isNull();
        assertThat(index.find("zz")).isNull();
    }

    @Test
    void parentsAndLevelsFollowTheTree() {
        OrganizationIndex index = new OrganizationIndex(TREE);
        for (int i = 0; i < index.size(); i++) {
            int parent = index.parentOf(i);
            assertThat(parent < 0 ? java.util.Optional.empty() : java.util.Optional.of(index.idAt(parent)))
                    .isEqualTo(TREE.find(index.idAt(i)).orElseThrow().parent());
            assertThat(index.levelAt(i)).isEqualTo(TREE.find(index.idAt(i)).orElseThrow().level());
        }
    }
}
