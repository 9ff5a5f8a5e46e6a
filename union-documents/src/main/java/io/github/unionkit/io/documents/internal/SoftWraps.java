package io.github.unionkit.io.documents.internal;

/**
 * Decides whether a PDF line ends because the text column was full (a soft wrap: the line and the next
 * are one paragraph) or because the writer broke it (a real break). The decision is taken from glyph
 * positions: a line is wrapped when the space left between its right edge and the column's right edge
 * is too small for the next line's first word — measured as a word, not as the whole next line, since
 * a PDF that draws spaces as glyphs gives PDFBox a whole line as one "word". The writer's own breaks
 * always stay: a paragraph start PDFBox saw, a next line further right (a first-line indent, a centred
 * heading) unless it hangs under the text after the line's list number, a line ending a sentence short of the column edge, a next line starting with a clause
 * number («2.», «3.1.», «1)», «а)») or a dash item, a heading in capitals, the signature, and lines laid
 * out with tab stops. Stateless.
 */
final class SoftWraps {

    private static final String SENTENCE_END = ".!?;:…";
    private static final String ITEM_MARKS = "-–—•·▪";
    private static final String[] SIGNATURE_ROLES = {
        "Председатель", "Председательствующий", "Заместитель", "Секретарь", "Руководитель",
    };

    private SoftWraps() {
    }

    /**
     * Returns whether {@code next} continues {@code line}'s paragraph.
     *
     * @param line a line
     * @param next the line after it (on the same page or the next)
     * @param columnRight the right edge of the text column on {@code line}'s page: the rightmost glyph of
     *     the body lines of all the document's pages of that width
     * @return true when the break between them is a soft wrap
     */
    static boolean joins(PdfLine line, PdfLine next, float columnRight) {
        // A line ending left of the page's middle was never stopped by a single-column text's right margin.
        if (line.right() < line.pageWidth() / 2 || next.paragraphStart() || line.laidOut() || next.laidOut()) {
            return false;
        }
        String text = next.text();
        if (startsItem(text) || isHeading(text) || startsSignature(text)) {
            return false;
        }
        float tolerance = line.spaceWidth();
        // A continuation starts where the line did, or, after a list number, under its text (a hanging indent).
        boolean underLine = next.left() <= line.left() + tolerance;
        boolean hanging = startsItem(line.text()) && Math.abs(next.left() - line.secondWordLeft()) <= tolerance;
        if (!underLine && !hanging) {
            return false;
        }
        float room = columnRight - line.right();
        if (endsSentence(line.text(), text)) {
            // A sentence may end exactly at the edge of justified text; short of the edge it ends a paragraph.
            return room <= tolerance;
        }
        return room < next.firstWordWidth() + line.spaceWidth();
    }

    /** White space, the no-break and thin spaces included (decrees are full of them after «№» and «1.»). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The line's last character ends a sentence and the next line does not go on in lowercase. */
    static boolean endsSentence(String line, String next) {
        char last = line.charAt(line.length() - 1);
        if (SENTENCE_END.indexOf(last) < 0) {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (Character.isLetter(c)) {
                return !Character.isLowerCase(c);
            }
        }
        return true;
    }

    /** «2.», «3.1.», «3.1.1», «1)», «а)», or a dash or bullet item, each followed by a space or the end. */
    static boolean startsItem(String text) {
        if (ITEM_MARKS.indexOf(text.charAt(0)) >= 0) {
            return text.length() == 1 || isSpace(text.charAt(1));
        }
        int i = 0;
        int groups = 0;
        boolean dotted = false;
        while (i < text.length()) {
            int digits = 0;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (digits == 0 || digits > 3) {
                // No number, or a year («2021 года»): not a clause number.
                break;
            }
            groups++;
            if (i < text.length() && text.charAt(i) == '.' && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1))) {
                dotted = true;
                i++;
                continue;
            }
            if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
                return i + 1 == text.length() || isSpace(text.charAt(i + 1));
            }
            // «3.1.1 Текст»: a dotted number without the final dot; «18.12.2018» fails the group length.
            return dotted && (i == text.length() || isSpace(text.charAt(i)));
        }
        if (groups == 0 && text.length() >= 2 && Character.isLetter(text.charAt(0))
                && Character.isLowerCase(text.charAt(0)) && text.charAt(1) == ')') {
            return text.length() == 2 || isSpace(text.charAt(2));
        }
        return false;
    }

    /**
     * A line in capitals with a word of at least three letters: «ПОСТАНОВЛЕНИЕ», «ПОСТАНОВЛЯЕТ:»; not
     * initials («Е.Д.») left over from a wrapped name.
     */
    static boolean isHeading(String text) {
        int run = 0;
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return longest >= 3;
    }

    /** The signature starts with the signer's role. */
    static boolean startsSignature(String text) {
        for (String role : SIGNATURE_ROLES) {
            if (text.startsWith(role)
                    && (text.length() == role.length() || !Character.isLetter(text.charAt(role.length())))) {
                return true;
            }
        }
        return false;
    }
}
