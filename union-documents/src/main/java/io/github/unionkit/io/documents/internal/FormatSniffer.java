package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's format from its content, never its name: {@code %PDF-}; a ZIP archive with a
 * {@code word/document.xml} entry; the OLE2 compound-file signature; {@code <!doctype html} or
 * {@code <html} (or a leading {@code <head>}/{@code <body>}) after a byte-order mark and white space;
 * otherwise text. Looks at the first bytes and, for a ZIP, its entry names only. Stateless.
 */
public final class FormatSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int MAX_NAMES = 10_000;

    private FormatSniffer() {
    }

    /**
     * Returns a file's format.
     *
     * @param bytes the file
     * @return the format
     */
    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DocumentFormat.PDF;
        }
        if (startsWith(bytes, 0, OLE2)) {
            return DocumentFormat.DOC;
        }
        if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4}) && hasWordDocument(bytes)) {
            return DocumentFormat.DOCX;
        }
        return isHtml(bytes) ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }

    private static boolean hasWordDocument(byte[] bytes) {
        // Entry names only: ZipInputStream skips each entry's data without keeping it.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int names = 0;
            while ((entry = zip.getNextEntry()) != null && names++ < MAX_NAMES) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean isHtml(byte[] bytes) {
        int i = 0;
        if (startsWith(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        int end = Math.min(bytes.length, i + 16);
        String head = new String(bytes, i, end - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta");
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
