package io.github.unionkit.io.documents.internal;

import java.util.Objects;

/**
 * One line of a PDF page as PDFBox drew it: its text and where its glyphs sit, in display units
 * (points, text direction adjusted). Immutable.
 *
 * @param text the line's text, stripped, not empty
 * @param left the left edge of its first visible glyph
 * @param right the right edge of its last visible glyph
 * @param firstWordWidth the width of its first word (up to the first space glyph or word gap)
 * @param secondWordLeft the left edge of its second word (where a hanging indent aligns the lines
 *     after a list number), or {@code right} when it has one word
 * @param spaceWidth the width of a space in the line's font and size, positive
 * @param pageWidth the width of the line's page
 * @param paragraphStart whether PDFBox saw a paragraph start (a larger vertical gap) before it, on
 *     the same page
 * @param laidOut whether a gap of several spaces lies between two words (a tab stop, as in «date …
 *     №» header lines and signatures): the line is laid out, not running text
 */
record PdfLine(String text, float left, float right, float firstWordWidth, float secondWordLeft, float spaceWidth,
        float pageWidth, boolean paragraphStart,
        boolean laidOut) {

    PdfLine {
        Objects.requireNonNull(text, "text");
    }
}
