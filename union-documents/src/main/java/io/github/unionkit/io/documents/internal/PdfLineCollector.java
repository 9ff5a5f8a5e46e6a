package io.github.unionkit.io.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that keeps each line's glyph positions instead of writing plain text, so that
 * {@link SoftWraps} can tell a line broken by the column's width from a real break. PDFBox still does
 * what it does well: the reading order (sorted by position), the words, and paragraph starts from
 * vertical gaps. Not thread-safe: one per read.
 */
final class PdfLineCollector extends PDFTextStripper {

    /** A gap between two words wider than this many spaces is a tab stop, not a word space. */
    private static final float TAB_GAP_IN_SPACES = 4f;

    /** A quarter of the font size: a space's usual width, used only when the font reports none. */
    private static final float SPACE_PER_FONT_SIZE = 0.25f;

    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    /** Indexes into {@link #glyphs} where a PDFBox word starts (PDFBox found a gap there). */
    private final List<Integer> wordStarts = new ArrayList<>();
    private boolean paragraphStart;

    PdfLineCollector() {
        setSortByPosition(true);
    }

    /**
     * Returns the lines of one page.
     *
     * @param document the document
     * @param page the 1-based page
     * @return its non-blank lines in reading order
     * @throws IOException if PDFBox cannot read the page
     */
    List<PdfLine> page(PDDocument document, int page) throws IOException {
        lines.clear();
        clearLine();
        paragraphStart = false;
        setStartPage(page);
        setEndPage(page);
        getText(document);
        endLine();
        return List.copyOf(lines);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        wordStarts.add(glyphs.size());
        glyphs.addAll(positions);
        text.append(string);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void writePageStart() {
        // Pages are read one at a time; nothing to write between them.
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void clearLine() {
        text.setLength(0);
        glyphs.clear();
        wordStarts.clear();
    }

    private void endLine() {
        String stripped = text.toString().strip();
        int first = firstVisible();
        if (stripped.isEmpty() || first < 0) {
            // A blank line keeps a pending paragraph start for the next line with text.
            clearLine();
            return;
        }
        TextPosition head = glyphs.get(first);
        float space = spaceWidth(head);
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float firstWordEnd = Float.NaN;
        float previousEnd = Float.NaN;
        float secondWordLeft = Float.NaN;
        int wideGaps = 0;
        boolean wideAfterFirstWord = false;
        int nextWord = glyphs.size();
        for (int start : wordStarts) {
            if (start > first) {
                nextWord = start;
                break;
            }
        }
        for (int i = first; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            boolean blank = isBlank(g);
            if (Float.isNaN(firstWordEnd) && i > first && (blank || i == nextWord)) {
                firstWordEnd = right;
            }
            if (blank) {
                continue;
            }
            float x = g.getXDirAdj();
            float end = x + g.getWidthDirAdj();
            boolean secondWord = !Float.isNaN(firstWordEnd) && Float.isNaN(secondWordLeft);
            if (secondWord) {
                secondWordLeft = x;
            }
            if (!Float.isNaN(previousEnd) && x - previousEnd > TAB_GAP_IN_SPACES * space) {
                wideGaps++;
                wideAfterFirstWord |= secondWord;
            }
            previousEnd = end;
            left = Math.min(left, x);
            right = Math.max(right, end);
        }
        if (Float.isNaN(firstWordEnd)) {
            firstWordEnd = right;
        }
        // Word puts a tab between a list number and its text («1.<tab>Провести»): that one is no layout.
        boolean laidOut = wideGaps > (wideAfterFirstWord && SoftWraps.startsItem(stripped) ? 1 : 0);
        // The first line of a page is no paragraph start: the page break is judged by position.
        lines.add(new PdfLine(stripped, left, right, firstWordEnd - left, Float.isNaN(secondWordLeft) ? right
                : secondWordLeft, space, head.getPageWidth(), paragraphStart && !lines.isEmpty(), laidOut));
        paragraphStart = false;
        clearLine();
    }

    private int firstVisible() {
        for (int i = 0; i < glyphs.size(); i++) {
            if (!isBlank(glyphs.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A glyph that draws only white space, the no-break and thin spaces included. */
    private static boolean isBlank(TextPosition glyph) {
        String u = glyph.getUnicode();
        if (u == null) {
            return true;
        }
        for (int i = 0; i < u.length(); i++) {
            if (!SoftWraps.isSpace(u.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A space glyph's width when the line draws spaces, else the font's space, else a quarter em. */
    private float spaceWidth(TextPosition head) {
        for (TextPosition g : glyphs) {
            if (" ".equals(g.getUnicode()) && g.getWidthDirAdj() > 0) {
                return g.getWidthDirAdj();
            }
        }
        float font = head.getWidthOfSpace();
        if (font > 0 && Float.isFinite(font)) {
            return font;
        }
        return Math.max(SPACE_PER_FONT_SIZE * head.getFontSizeInPt(), 0.1f);
    }
}
