package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.org.OrganizationId;
import java.util.Map;
import java.util.Objects;

/**
 * The delegates each organization elected to a body (for example the regional organizations' delegates
 * to the IX Congress): the subject of the representation-norm rules.
 *
 * @param body the body the delegates go to; selects the representation norm of the charter profile
 * @param delegates the number elected per organization
 */
public record DelegateElection(BodyKind body, Map<OrganizationId, Integer> delegates) {

    /**
     * Creates the record.
     *
     * @param body not null
     * @param delegates not null, values at least 0; copied
     * @throws IllegalArgumentException if a count is negative
     */
    public DelegateElection {
        Objects.requireNonNull(body, "body");
        delegates = Map.copyOf(Objects.requireNonNull(delegates, "delegates"));
        delegates.values().forEach(v -> {
            if (v < 0) {
                throw new IllegalArgumentException("delegate counts must be >= 0: " + v);
            }
        });
    }

    /**
     * Returns the record.
     *
     * @param body not null
     * @param delegates not null
     * @return the record
     */
    public static DelegateElection of(BodyKind body, Map<OrganizationId, Integer> delegates) {
        return new DelegateElection(body, delegates);
    }
}
