package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Files built to hurt: every one is refused with a typed error, quickly and in bounded memory. */
class HostileDocumentsTest {

    private static ErrorType refusal(byte[] bytes, DocumentReadOptions options) {
        try {
            DecreeDocuments.extract(bytes, options);
        } catch (DocumentReadException e) {
            assertThat(e.getCause()).isNull();
            return e.errorType();
        }
        throw new AssertionError("not refused");
    }

    /** A .docx-shaped archive whose document.xml inflates from about 100 KiB to 200 MiB of zeros. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void zipBombIsRefusedBeforePoiInflatesIt() throws IOException {
        byte[] bomb = zipBomb();
        assertThat(DecreeDocuments.detect(bomb)).isEqualTo(DocumentFormat.DOCX);
        assertThat(refusal(bomb, DocumentReadOptions.defaults())).isEqualTo(ErrorType.ZIP_BOMB);
    }

    @Test
    void archiveInflatingPastTheCapIsRefused() {
        byte[] word = new WordFixtures().paragraph("ПОСТАНОВЛЕНИЕ").bytes();
        assertThat(refusal(word, DocumentReadOptions.defaults().withMaxUnzippedBytes(100))).isEqualTo(ErrorType.ZIP_BOMB);
    }

    @Test
    void encryptedPdfIsRefused() {
        assertThat(refusal(PdfFixtures.encrypted(), DocumentReadOptions.defaults())).isEqualTo(ErrorType.ENCRYPTED);
    }

    @Test
    void pdfWithoutTextLayerIsRefused() {
        assertThat(refusal(PdfFixtures.withoutText(3), DocumentReadOptions.defaults()))
                .isEqualTo(ErrorType.NO_TEXT_LAYER);
    }

    @Test
    void pdfWithTooManyPagesIsRefused() {
        assertThat(refusal(PdfFixtures.withoutText(3), DocumentReadOptions.defaults().withMaxPages(2)))
                .isEqualTo(ErrorType.TOO_MANY_PAGES);
    }

    @Test
    void damagedPdfIsRefusedWithoutPdfBoxsMessage() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal(pdf, DocumentReadOptions.defaults())).isIn(ErrorType.MALFORMED, ErrorType.NO_TEXT_LAYER);
    }

    @Test
    void giganticHtmlIsRefusedByTheTextCap() {
        StringBuilder html = new StringBuilder("<!doctype html><html><body><main>");
        String paragraph = "<p>" + "Пункт постановления. ".repeat(50) + "</p>";
        while (html.length() < 3_000_000) {
            html.append(paragraph);
        }
        byte[] bytes = html.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(bytes, DocumentReadOptions.defaults())).isEqualTo(ErrorType.TOO_MUCH_TEXT);
    }

    @Test
    void fileOverTheByteCapIsRefusedBeforeReading() {
        byte[] page = HtmlFixtures.page("<p>x</p>", "main");
        assertThat(refusal(page, DocumentReadOptions.defaults().withMaxBytes(100))).isEqualTo(ErrorType.TOO_LARGE);
    }

    @Test
    void legacyWordIsRefusedAsSuch() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(DecreeDocuments.detect(out.toByteArray())).isEqualTo(DocumentFormat.DOC);
        assertThat(refusal(out.toByteArray(), DocumentReadOptions.defaults())).isEqualTo(ErrorType.LEGACY_WORD);
    }

    @Test
    void encryptedWordIsRefusedAsEncrypted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.writeFilesystem(out);
        }
        assertThat(refusal(out.toByteArray(), DocumentReadOptions.defaults())).isEqualTo(ErrorType.ENCRYPTED);
    }

    @Test
    void damagedWordFileIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<not xml".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(out.toByteArray(), DocumentReadOptions.defaults())).isEqualTo(ErrorType.MALFORMED);
    }

    @Test
    void hugeWordTextIsRefusedByTheTextCap() {
        // Varied words, so that the file compresses like real text and only the text cap applies.
        WordFixtures word = new WordFixtures();
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 600; i++) {
            StringBuilder paragraph = new StringBuilder();
            while (paragraph.length() < 2_000) {
                for (int k = 3 + random.nextInt(8); k > 0; k--) {
                    paragraph.append((char) ('а' + random.nextInt(32)));
                }
                paragraph.append(' ');
            }
            word.paragraph(paragraph.toString());
        }
        assertThat(refusal(word.bytes(), DocumentReadOptions.defaults())).isEqualTo(ErrorType.TOO_MUCH_TEXT);
    }
}
