package io.github.unionkit.io.documents;

import io.github.unionkit.io.documents.internal.DocxLayout;
import io.github.unionkit.model.decree.Resolution;
import java.util.Objects;

/**
 * Writes a resolution as a Word (.docx) file in the conventional layout of a Russian decree — the
 * draft mark, the organization's header lines, the date, place and number, the title, the preamble, the
 * operative formula, the clauses as a real Word numbered list («1.», «3.1.», «3.1.1.», built from
 * numbering definitions, not typed), their items as a bulleted list, the control clause among them,
 * the signatory and the attachments — openable in Word and LibreOffice.
 *
 * <p>It writes the same printable projection as {@code RussianRenderer} (decision 0017) and never calls
 * the parser: reading the file back with {@link DecreeDocuments#read} gives the same resolution as
 * reading the rendered text. Clause numbers are written as the resolution holds them: a gap («1, 2, 4»)
 * restarts the list at the written number. Stateless and thread-safe.
 */
public final class DecreeWordWriter {

    private DecreeWordWriter() {
    }

    /**
     * Writes a resolution.
     *
     * @param resolution the resolution, not null
     * @return the .docx file's bytes
     * @throws NullPointerException if {@code resolution} is null
     */
    public static byte[] write(Resolution resolution) {
        return DocxLayout.write(Objects.requireNonNull(resolution, "resolution"));
    }
}
