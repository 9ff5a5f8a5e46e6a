package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.RequiredText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * A document attached to a resolution ("Приложение № 1: Положение о …").
 *
 * @param title the attachment's title as written, whitespace-normalised, not blank
 * @param reference where the attachment is found — its label, file name or URI as given — if any;
 *     whitespace-normalised, not blank
 */
public record Attachment(@NotBlank String title, @NotNull Optional<String> reference) {

    /**
     * Creates an attachment, normalising its texts.
     *
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if the title or a present reference is blank
     */
    public Attachment {
        title = RequiredText.of("title", title);
        reference = RequiredText.optional("reference", reference);
    }

    /**
     * Returns an attachment without a reference.
     *
     * @param title the title, not null, not blank
     * @return the attachment
     * @throws NullPointerException if {@code title} is null
     * @throws InvalidResolutionException if {@code title} is blank
     */
    public static Attachment of(String title) {
        return new Attachment(title, Optional.empty());
    }

    /**
     * Returns an attachment with a reference.
     *
     * @param title the title, not null, not blank
     * @param reference the label, file name or URI, not null, not blank
     * @return the attachment
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if a text is blank
     */
    public static Attachment of(String title, String reference) {
        return new Attachment(title, Optional.of(reference));
    }
}
