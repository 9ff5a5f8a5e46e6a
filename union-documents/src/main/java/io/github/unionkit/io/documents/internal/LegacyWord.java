package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Refuses an OLE2 compound file: an encrypted .docx (Word wraps those in OLE2 with an
 * {@code EncryptionInfo} stream) as {@link ErrorType#ENCRYPTED}, anything else — a legacy .doc — as
 * {@link ErrorType#LEGACY_WORD} (decision 0035: POI's scratchpad is not reliable enough for decrees).
 */
public final class LegacyWord {

    private LegacyWord() {
    }

    /**
     * Refuses the file, always.
     *
     * @param bytes the file
     * @return never
     * @throws DocumentReadException always
     */
    public static DocumentReadException refuse(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new DocumentReadException(ErrorType.ENCRYPTED, DocumentFormat.DOCX, 0);
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.DOC, 0);
        }
        return new DocumentReadException(ErrorType.LEGACY_WORD, DocumentFormat.DOC, 0);
    }
}
