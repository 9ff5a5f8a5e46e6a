package io.github.unionkit.model.body;

import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A governing or control body of one organization: the Committee of the Astrakhan regional
 * organization, the Presidium of a territorial one, the Union's Executive Committee.
 *
 * @param kind the kind of body
 * @param organization the organization the body belongs to
 */
public record Body(@NotNull BodyKind kind, @NotNull OrganizationId organization) {

    /**
     * Creates a body; the one place its invariants are checked.
     *
     * @param kind the kind of body, not null
     * @param organization the organization the body belongs to, not null
     * @throws NullPointerException if an argument is null
     */
    public Body {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organization, "organization");
    }

    /**
     * Returns the body of the given kind of {@code organization}.
     *
     * @param kind the kind of body, not null
     * @param organization the organization the body belongs to, not null
     * @return the body
     * @throws NullPointerException if an argument is null
     */
    public static Body of(BodyKind kind, OrganizationId organization) {
        return new Body(kind, organization);
    }
}
