package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentWarning;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Reconstructs the numbers Word computes for list paragraphs («1.», «3.1.1.», «1)») from the numbering
 * definitions: each level's start, number format and text pattern ("%1.%2."), counters shared by all
 * lists of one abstract definition, deeper levels reset when a higher one advances, and restarts
 * where a list instance overrides a level's start, and lists defined through a list style
 * ({@code numStyleLink}). Which list and level a paragraph is in, through its style too, is
 * {@link WordListMembership}'s answer. Not thread-safe: one per document.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final String RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя";

    /** A list style linking to a list style linking … further than this is damaged or cyclic. */
    private static final int MAX_STYLE_LINKS = 4;

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> seenInstances = new HashSet<>();

    WordNumbering(XWPFNumbering numbering, XWPFStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /**
     * Returns the number Word shows for a list paragraph, and advances the counters.
     *
     * @param numId the paragraph's list instance
     * @param ilvl the paragraph's level
     * @param unit the paragraph's unit, for warnings
     * @param sink where warnings go
     * @return the label (number and suffix, a bullet as «–»), or empty when the paragraph shows none
     */
    Optional<String> next(BigInteger numId, int ilvl, int unit, TextSink sink) {
        if (numbering == null || ilvl < 0 || ilvl >= LEVELS) {
            return Optional.empty();
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return Optional.empty();
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        // A list that uses a list style («1 / 1.1 / 1.1.1») holds no levels: they are in the definition
        // the style's own numId points at.
        for (int hop = 0; abstractNum != null && abstractNum.getCTAbstractNum().getNumStyleLink() != null
                && hop < MAX_STYLE_LINKS; hop++) {
            Optional<BigInteger> linked = linkedAbstract(abstractNum.getCTAbstractNum().getNumStyleLink().getVal());
            if (linked.isEmpty()) {
                break;
            }
            abstractId = linked.get();
            abstractNum = numbering.getAbstractNum(abstractId);
        }
        if (abstractNum == null) {
            return Optional.empty();
        }
        CTLvl[] levels = levels(abstractNum.getCTAbstractNum());
        int[] count = counters.computeIfAbsent(abstractId, k -> fresh());
        if (seenInstances.add(numId)) {
            // A new list instance that overrides a level's start restarts that level: "1." again.
            for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                int level = override.getIlvl().intValue();
                if (override.getStartOverride() != null && level >= 0 && level < LEVELS) {
                    count[level] = override.getStartOverride().getVal().intValue() - 1;
                    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
                        count[deeper] = Integer.MIN_VALUE;
                    }
                }
            }
        }
        count[ilvl] = count[ilvl] == Integer.MIN_VALUE ? start(levels[ilvl]) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            count[deeper] = Integer.MIN_VALUE;
        }
        CTLvl lvl = levels[ilvl];
        if (lvl == null) {
            return Optional.empty();
        }
        String format = format(lvl);
        if (format.equals("bullet")) {
            return Optional.of("–");
        }
        if (format.equals("none")) {
            return Optional.empty();
        }
        String pattern = lvl.getLvlText() == null ? "%" + (ilvl + 1) + "." : lvl.getLvlText().getVal();
        boolean legal = lvl.getIsLgl() != null;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int level = pattern.charAt(++i) - '1';
                int value = count[level] == Integer.MIN_VALUE ? start(levels[level]) : count[level];
                String levelFormat = legal ? "decimal" : levels[level] == null ? "decimal" : format(levels[level]);
                Optional<String> written = write(value, levelFormat);
                if (written.isEmpty()) {
                    sink.warn(new DocumentWarning(DocumentWarning.Code.UNSUPPORTED_NUMBER_FORMAT, unit, DocumentDetails.numberFormat(levelFormat)));
                    return Optional.empty();
                }
                label.append(written.get());
            } else {
                label.append(c);
            }
        }
        return label.length() == 0 ? Optional.empty() : Optional.of(label.toString());
    }

    /** The abstract definition behind a list style: the style's numId, and that list's definition. */
    private Optional<BigInteger> linkedAbstract(String styleId) {
        XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
        if (style == null || style.getCTStyle().getPPr() == null || style.getCTStyle().getPPr().getNumPr() == null
                || style.getCTStyle().getPPr().getNumPr().getNumId() == null) {
            return Optional.empty();
        }
        XWPFNum num = numbering.getNum(style.getCTStyle().getPPr().getNumPr().getNumId().getVal());
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return Optional.empty();
        }
        return Optional.of(num.getCTNum().getAbstractNumId().getVal());
    }

    private static int[] fresh() {
        int[] count = new int[LEVELS];
        java.util.Arrays.fill(count, Integer.MIN_VALUE);
        return count;
    }

    private static CTLvl[] levels(CTAbstractNum abstractNum) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getLvlArray()) {
            int level = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (level >= 0 && level < LEVELS) {
                levels[level] = lvl;
            }
        }
        return levels;
    }

    private static int start(CTLvl lvl) {
        return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    /** Writes a counter in a Word number format; empty for a format not read. */
    static Optional<String> write(int value, String format) {
        switch (format) {
            case "decimal":
                return Optional.of(Integer.toString(value));
            case "decimalZero":
                return Optional.of(value < 10 && value >= 0 ? "0" + value : Integer.toString(value));
            case "lowerLetter":
                return value >= 1 ? Optional.of(letters(value, "abcdefghijklmnopqrstuvwxyz")) : Optional.empty();
            case "upperLetter":
                return value >= 1 ? Optional.of(letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) : Optional.empty();
            case "russianLower":
                return value >= 1 ? Optional.of(letters(value, RUSSIAN)) : Optional.empty();
            case "russianUpper":
                return value >= 1 ? Optional.of(letters(value, RUSSIAN.toUpperCase(java.util.Locale.ROOT)))
                        : Optional.empty();
            case "lowerRoman":
                return value >= 1 && value < 4000 ? Optional.of(roman(value).toLowerCase(java.util.Locale.ROOT))
                        : Optional.empty();
            case "upperRoman":
                return value >= 1 && value < 4000 ? Optional.of(roman(value)) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Word's letter numbering: a … z, then aa … zz (the letter repeated), not a base-26 number. */
    private static String letters(int value, String alphabet) {
        char letter = alphabet.charAt((value - 1) % alphabet.length());
        return String.valueOf(letter).repeat((value - 1) / alphabet.length() + 1);
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
