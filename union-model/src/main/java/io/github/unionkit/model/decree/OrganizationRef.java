package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization as a resolution names it: the words as written ("Ахтубинская ТОП", "Астраханской
 * областной организации Профсоюза") and, when it is known which organization they denote, its id.
 *
 * <p>A document names organizations in whatever grammatical case the sentence needs, so the written
 * form is kept exactly (whitespace-normalised, see {@link TextNormalizer}) and the id is resolved
 * separately — by the context of the document (its issuer) or against a registry. An unresolved
 * reference is normal, not an error.
 *
 * @param asWritten the words naming the organization, as written; whitespace-normalised, not blank
 * @param id the organization's id, if resolved
 */
public record OrganizationRef(@NotBlank String asWritten, @NotNull Optional<OrganizationId> id) {

    /**
     * Creates a reference, normalising the whitespace of {@code asWritten}.
     *
     * @param asWritten the words as written, not null, not blank
     * @param id the id if resolved, not null
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    public OrganizationRef {
        asWritten = RequiredText.of("asWritten", asWritten);
        Objects.requireNonNull(id, "id");
    }

    /**
     * Returns an unresolved reference.
     *
     * @param asWritten the words as written, not null, not blank
     * @return the reference, without id
     * @throws NullPointerException if {@code asWritten} is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    public static OrganizationRef of(String asWritten) {
        return new OrganizationRef(asWritten, Optional.empty());
    }

    /**
     * Returns a reference resolved to {@code id}.
     *
     * @param asWritten the words as written, not null, not blank
     * @param id the organization's id, not null
     * @return the resolved reference
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code asWritten} is blank
     */
    public static OrganizationRef of(String asWritten, OrganizationId id) {
        return new OrganizationRef(asWritten, Optional.of(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a copy of this reference resolved to {@code id}.
     *
     * @param resolvedId the organization's id, not null
     * @return the resolved reference with the same written form
     * @throws NullPointerException if {@code resolvedId} is null
     */
    public OrganizationRef resolvedTo(OrganizationId resolvedId) {
        return of(asWritten, resolvedId);
    }
}
