package io.github.unionkit.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.org.OrganizationId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DelegateElectionTest {

    @Test
    void theDelegatesAreCopiedAndUnmodifiable() {
        Map<OrganizationId, Integer> delegates = new HashMap<>(Map.of(OrganizationId.of("ast"), 3));
        DelegateElection election = DelegateElection.of(BodyKind.CONGRESS, delegates);
        delegates.put(OrganizationId.of("krd"), 5);
        assertThat(election.delegates()).containsOnlyKeys(OrganizationId.of("ast"));
        assertThatThrownBy(() -> election.delegates().put(OrganizationId.of("krd"), 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(election).isEqualTo(DelegateElection.of(BodyKind.CONGRESS, Map.of(OrganizationId.of("ast"), 3)));
    }

    @Test
    void aNegativeCountOrAMissingBodyIsRefused() {
        assertThatThrownBy(() -> DelegateElection.of(BodyKind.CONGRESS, Map.of(OrganizationId.of("ast"), -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> DelegateElection.of(null, Map.of())).isInstanceOf(NullPointerException.class);
        assertThat(DelegateElection.of(BodyKind.CONGRESS, Map.of(OrganizationId.of("ast"), 0)).delegates())
                .containsEntry(OrganizationId.of("ast"), 0);
    }
}
