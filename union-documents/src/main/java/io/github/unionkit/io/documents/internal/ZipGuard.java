package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a Word file's ZIP entries once, counting, before Apache POI sees them, so that a zip bomb is
 * refused after at most the configured number of inflated bytes, whatever POI's JVM-wide
 * {@code ZipSecureFile} settings are (UnionKit does not change another library's global state).
 */
final class ZipGuard {

    /** POI's own default: an entry may not inflate to more than 100 times its compressed size. */
    static final int MAX_RATIO = 100;
    /** Below this many inflated bytes an entry's ratio is not judged (small XML parts compress well). */
    static final long RATIO_FLOOR = 1L << 20;
    static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /**
     * Checks an archive.
     *
     * @param bytes the archive
     * @param maxUnzipped the most all entries together may inflate to
     * @throws DocumentReadException with {@link ErrorType#ZIP_BOMB}, or {@link ErrorType#MALFORMED}
     *     when the archive cannot be read
     */
    static void check(byte[] bytes, long maxUnzipped) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentReadException(ErrorType.ZIP_BOMB, DocumentFormat.DOCX, MAX_ENTRIES);
                }
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > maxUnzipped) {
                        throw new DocumentReadException(ErrorType.ZIP_BOMB, DocumentFormat.DOCX, maxUnzipped);
                    }
                }
                long compressed = entry.getCompressedSize();
                if (inflated > RATIO_FLOOR && compressed > 0 && inflated / compressed > MAX_RATIO) {
                    throw new DocumentReadException(ErrorType.ZIP_BOMB, DocumentFormat.DOCX, MAX_RATIO);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof DocumentReadException) {
                throw (DocumentReadException) e;
            }
            throw new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.DOCX, 0);
        }
        // Whole-archive ratio too: entries with data descriptors report no compressed size.
        if (total > RATIO_FLOOR && total / Math.max(1, bytes.length) > MAX_RATIO) {
            throw new DocumentReadException(ErrorType.ZIP_BOMB, DocumentFormat.DOCX, MAX_RATIO);
        }
    }
}
