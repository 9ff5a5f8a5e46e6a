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
    /** The text column of {@link #fromText}, in points, on an A4 page (595 points wide). */
    static final float COLUMN = 500f;
    private static final float LEFT = 20f;
    /** Where a tab in a {@link Placed} line sends the rest of it, from the line's start, in points. */
    public static final float HANGING = 25f;

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
        return pages(pages, header, footer, new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()));
    }

    private static byte[] pages(List<List<String>> pages, String header, String footer, PDRectangle size) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = font(document);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(size);
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
                        line(content, font, f, size.getWidth() - 100, 20);
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
     * Writes a decree's text as a PDF of A4 pages of 60 lines, with «Страница N из M» at each page's foot;
     * a line wider than {@value #COLUMN} points is wrapped at spaces by its measured width, as a word
     * processor wraps a paragraph.
     *
     * @param text the decree's text
     * @return the PDF
     */
    public static byte[] fromText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : body.split("\r\n|\n", -1)) {
            for (String wrapped : wrap(line, COLUMN)) {
                page.add(wrapped);
                if (page.size() == 60) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            }
        }
        pages.add(page);
        return pages(pages, null, "Страница %d из %n", PDRectangle.A4);
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

    /**
     * Wraps a paragraph at spaces so that no line is wider than the column (a single word wider than it
     * stays whole), as a word processor does.
     *
     * @param paragraph the paragraph
     * @param width the column's width in points
     * @return its lines
     */
    public static List<String> wrap(String paragraph, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.replace("\t", "    ").split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate) > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    /**
     * Returns a text's width in the fixtures' font and size.
     *
     * @param text the text
     * @return its width in points
     */
    public static float width(String text) {
        try {
            StringBuilder known = new StringBuilder();
            text.codePoints().forEach(cp -> known.appendCodePoint(MEASURE.hasGlyph(cp) ? cp : ' '));
            return MEASURE.font.getStringWidth(known.toString()) / 1000f * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font loaded once into a document that is never saved, only to measure widths. */
    private static final Measure MEASURE = new Measure();

    private static final class Measure {
        private final PDType0Font font;

        Measure() {
            try {
                font = font(new PDDocument());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /**
     * A line placed on a page: its text and its left edge.
     *
     * @param text the text
     * @param x the left edge in points
     */
    public record Placed(String text, float x) {
    }

    /**
     * Writes one page of placed lines, 9 points apart, an empty text leaving a blank line; a tab sends
     * the rest of the line to {@link #HANGING} points from its start, as Word sets a list number's text. With
     * {@code spaceGlyphs} the spaces are drawn as glyphs (as most writers do); without, each word is
     * drawn on its own at its position, with no space glyph between (as some writers do).
     *
     * @param lines the lines
     * @param spaceGlyphs whether spaces are drawn as glyphs
     * @return the PDF
     */
    public static byte[] placed(List<Placed> lines, boolean spaceGlyphs) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = font(document);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth()));
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - 30;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Placed line : lines) {
                    String[] parts = line.text().split("\t", 2);
                    for (int part = 0; part < parts.length; part++) {
                        float start = part == 0 ? line.x() : line.x() + HANGING;
                        if (spaceGlyphs) {
                            line(content, font, clean(font, parts[part]), start, y);
                        } else {
                            float x = start;
                            for (String word : parts[part].split(" ")) {
                                if (!word.isEmpty()) {
                                    line(content, font, clean(font, word), x, y);
                                }
                                x += width(word + " ");
                            }
                        }
                    }
                    y -= LEADING;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes paragraphs on one page, each wrapped at the column's width, all lines at the left margin.
     *
     * @param paragraphs the paragraphs
     * @param width the column's width in points
     * @param spaceGlyphs whether spaces are drawn as glyphs (see {@link #placed})
     * @return the PDF
     */
    public static byte[] wrapped(List<String> paragraphs, float width, boolean spaceGlyphs) {
        List<Placed> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String line : wrap(paragraph, width)) {
                lines.add(new Placed(line, LEFT));
            }
        }
        return placed(lines, spaceGlyphs);
    }
}
