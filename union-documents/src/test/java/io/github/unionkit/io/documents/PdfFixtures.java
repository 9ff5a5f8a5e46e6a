package io.github.unionkit.io.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Builds PDFs for the tests with Apache PDFBox itself: pages of text lines in Liberation Sans (shipped
 * inside PDFBox, with Cyrillic), optional running headers and footers, encryption, or no text at all.
 */
public final class PdfFixtures {

    private static final float SIZE = 7f;
    private static final float LEADING = 9f;

    private PdfFixtures() {
    }

    /**
     * Writes pages of lines; each page gets the header line (if any) on top and the footer, with
     * {@code %d} replaced by the page number and {@code %n} by the page count, at the bottom.
     *
     * @param pages the pages' lines
     * @param header the running header, or null
     * @param footer the running footer, or null
     * @return the PDF
     */
    public static byte[] pages(List<List<String>> pages, String header, String footer) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = font(document);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()));
                document.addPage(page);
                float top = page.getMediaBox().getHeight() - 30;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (header != null) {
                        line(content, font, header, 20, top);
                    }
                    float y = top - 2 * LEADING;
                    for (String line : pages.get(p)) {
                        line(content, font, clean(font, line), 20, y);
                        y -= LEADING;
                    }
                    if (footer != null) {
                        String f = footer.replace("%d", Integer.toString(p + 1))
                                .replace("%n", Integer.toString(pages.size()));
                        line(content, font, f, 500, 20);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a decree's text as a PDF of pages of 60 lines, with «Страница N из M» at each page's foot.
     *
     * @param text the decree's text
     * @return the PDF
     */
    public static byte[] fromText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : body.split("\r\n|\n", -1)) {
            for (String wrapped : wrap(line, 300)) {
                page.add(wrapped);
                if (page.size() == 60) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            }
        }
        pages.add(page);
        return pages(pages, null, "Страница %d из %n");
    }

    /**
     * Writes an encrypted PDF (a user password is needed to open it).
     *
     * @return the PDF
     */
    public static byte[] encrypted() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, font(document), "ПОСТАНОВЛЕНИЕ", 50, 700);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a PDF whose pages hold only drawings, as a scan without a text layer does.
     *
     * @param pageCount the number of pages
     * @return the PDF
     */
    public static byte[] withoutText(int pageCount) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.addRect(50, 50, 200, 300);
                    content.fill();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, in);
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Tabs become spaces, characters the font lacks are left out (none in the corpus so far). */
    private static String clean(PDType0Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.replace("\t", "    ").codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                out.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
