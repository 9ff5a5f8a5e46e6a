package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.RequiredText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Who signs a resolution: the position ("Председатель областной организации Профсоюза") and, if the
 * text gives it, the name. The name is personal data and never appears in {@link #toString()}.
 *
 * @param position the position as written, whitespace-normalised, not blank
 * @param name the signatory's name as written, if given; whitespace-normalised, not blank
 */
public record Signatory(@NotBlank String position, @NotNull Optional<String> name) {

    /**
     * Creates a signatory, normalising the texts.
     *
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if the position or a present name is blank
     */
    public Signatory {
        position = RequiredText.of("position", position);
        name = RequiredText.optional("name", name);
    }

    /**
     * Returns a signatory known only by position.
     *
     * @param position the position as written, not null, not blank
     * @return the signatory
     * @throws NullPointerException if {@code position} is null
     * @throws InvalidResolutionException if {@code position} is blank
     */
    public static Signatory of(String position) {
        return new Signatory(position, Optional.empty());
    }

    /**
     * Returns a signatory with a name.
     *
     * @param position the position as written, not null, not blank
     * @param name the name as written, not null, not blank
     * @return the signatory
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if a text is blank
     */
    public static Signatory of(String position, String name) {
        return new Signatory(position, Optional.of(name));
    }

    /**
     * Returns a description with the name redacted.
     *
     * @return the position and whether a name is given
     */
    @Override
    public String toString() {
        return "Signatory[position=" + position + ", name=" + (name.isPresent() ? "redacted" : "none") + "]";
    }
}
