package io.github.unionkit.io.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds Word files for the tests with Apache POI itself, as Word stores them: automatic numbering in
 * numbering definitions (not typed numbers), soft line breaks as {@code <w:br/>}, tables, page headers
 * and footers (page numbers as Word's PAGE fields).
 */
public final class WordFixtures {

    private static final Pattern CLAUSE = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,3})([.)]) (.*)$");

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private final XWPFStyles styles = document.createStyles();

    /** Starts an empty document. */
    public WordFixtures() {
    }

    /**
     * Defines an abstract list: one level per pattern, e.g. {@code "%1.", "%1.%2.", "%1.%2.%3."}, all
     * decimal and starting at 1.
     *
     * @param patterns the levels' lvlText
     * @return the abstract numbering id
     */
    public BigInteger abstractList(String... patterns) {
        return abstractList(STNumberFormat.DECIMAL, patterns);
    }

    /**
     * Defines an abstract list with one number format for every level.
     *
     * @param format the levels' number format
     * @param patterns the levels' lvlText
     * @return the abstract numbering id
     */
    public BigInteger abstractList(STNumberFormat.Enum format, String... patterns) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        for (int i = 0; i < patterns.length; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(patterns[i]);
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }

    /**
     * Returns a list instance of an abstract list (continuing its counters).
     *
     * @param abstractId the abstract list
     * @return the numId
     */
    public BigInteger list(BigInteger abstractId) {
        return numbering.addNum(abstractId);
    }

    /**
     * Returns a list instance that restarts level 0 at a value, as Word's «Начать заново» writes it.
     *
     * @param abstractId the abstract list
     * @param start the first number
     * @return the numId
     */
    public BigInteger restartedList(BigInteger abstractId, int start) {
        BigInteger numId = numbering.addNum(abstractId);
        CTNum num = numbering.getNum(numId).getCTNum();
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return numId;
    }

    /**
     * Defines a paragraph style, optionally based on another and optionally putting its paragraphs in a
     * list ({@code numPr} on the style, as Word's «Список с нумерацией» and numbered headings do).
     *
     * @param id the style id
     * @param basedOn the style it inherits from, or null
     * @param numId the list its paragraphs are in (0 switches numbering off), or null for none
     * @param ilvl the level, or null to give none on the style
     * @return this
     */
    public WordFixtures paragraphStyle(String id, String basedOn, BigInteger numId, Integer ilvl) {
        return style(STStyleType.PARAGRAPH, id, basedOn, numId, ilvl);
    }

    /**
     * Defines a list style (Word's «Стиль списка»): a style of type numbering whose list holds the levels.
     *
     * @param id the style id
     * @param numId the list that holds the levels
     * @return this
     */
    public WordFixtures listStyle(String id, BigInteger numId) {
        return style(STStyleType.NUMBERING, id, null, numId, null);
    }

    /**
     * Defines the document's default paragraph style ({@code w:default="1"}), the style of every
     * paragraph that names none, putting its paragraphs in a list.
     *
     * @param id the style id
     * @param numId the list
     * @return this
     */
    public WordFixtures defaultParagraphStyle(String id, BigInteger numId) {
        return style(STStyleType.PARAGRAPH, id, null, numId, null, true);
    }

    private WordFixtures style(STStyleType.Enum type, String id, String basedOn, BigInteger numId, Integer ilvl) {
        return style(type, id, basedOn, numId, ilvl, false);
    }

    private WordFixtures style(STStyleType.Enum type, String id, String basedOn, BigInteger numId, Integer ilvl,
            boolean isDefault) {
        CTStyle style = CTStyle.Factory.newInstance();
        if (isDefault) {
            // Before addStyle: POI copies the style's XML into the styles part there.
            style.setDefault(Boolean.TRUE);
        }
        style.setType(type);
        style.setStyleId(id);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null || ilvl != null) {
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            if (ilvl != null) {
                numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
            }
            if (numId != null) {
                numPr.addNewNumId().setVal(numId);
            }
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return this;
    }

    /**
     * Ties a level of an abstract list to a paragraph style ({@code pStyle}), as Word does for headings.
     *
     * @param abstractId the abstract list
     * @param level the 0-based level
     * @param styleId the paragraph style
     * @return this
     */
    public WordFixtures linkLevel(BigInteger abstractId, int level, String styleId) {
        numbering.getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(level).addNewPStyle().setVal(styleId);
        return this;
    }

    /**
     * Defines an abstract list without levels that takes them from a list style ({@code numStyleLink}).
     *
     * @param styleId the list style
     * @return the abstract numbering id
     */
    public BigInteger abstractListUsing(String styleId) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
        abstractNum.addNewNumStyleLink().setVal(styleId);
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }

    /**
     * Adds a paragraph in a style.
     *
     * @param styleId the paragraph style
     * @param text the text
     * @return this
     */
    public WordFixtures styled(String styleId, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        runs(p, text);
        return this;
    }

    /**
     * Adds a paragraph in a style with its own list properties: a level only ({@code numId} null, the
     * list from the style), a list only ({@code ilvl} null), or {@code numId} 0 to switch numbering off.
     *
     * @param styleId the paragraph style
     * @param numId the paragraph's numId, or null
     * @param ilvl the paragraph's level, or null
     * @param text the text
     * @return this
     */
    public WordFixtures styled(String styleId, BigInteger numId, Integer ilvl, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(styleId);
        CTNumPr numPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr().addNewNumPr() : p.getCTP().addNewPPr().addNewNumPr();
        if (ilvl != null) {
            numPr.addNewIlvl().setVal(BigInteger.valueOf(ilvl));
        }
        if (numId != null) {
            numPr.addNewNumId().setVal(numId);
        }
        runs(p, text);
        return this;
    }

    /**
     * Adds a plain paragraph; "\n" in the text becomes a soft line break.
     *
     * @param text the text
     * @return this
     */
    public WordFixtures paragraph(String text) {
        runs(document.createParagraph(), text);
        return this;
    }

    /**
     * Adds a list paragraph.
     *
     * @param numId the list instance
     * @param level the 0-based level
     * @param text the text, without its number
     * @return this
     */
    public WordFixtures item(BigInteger numId, int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        runs(p, text);
        return this;
    }

    /**
     * Adds a table, one paragraph per cell.
     *
     * @param rows the rows' cells
     * @return this
     */
    public WordFixtures table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    /**
     * Adds text to a page header of the document's last section ("\n" a soft line break), creating
     * the header as Word's «Колонтитулы» do (a first-page header turns on «Особый колонтитул для первой
     * страницы»).
     *
     * @param type default, first-page or even-page
     * @param text the text; blank for a header that holds nothing
     * @return this
     */
    public WordFixtures header(HeaderFooterType type, String text) {
        runs(document.createHeader(type).createParagraph(), text);
        return this;
    }

    /**
     * Adds text to a page footer of the document's last section.
     *
     * @param type default, first-page or even-page
     * @param text the text
     * @return this
     */
    public WordFixtures footer(HeaderFooterType type, String text) {
        runs(document.createFooter(type).createParagraph(), text);
        return this;
    }

    /**
     * Puts text into the default page header inside a content control ({@code <w:sdt>}), where Word's
     * header galleries put it and where POI's own {@code getText} does not look.
     *
     * @param text the text
     * @return this
     */
    public WordFixtures headerInContentControl(String text) {
        XWPFHeaderFooter header = document.createHeader(HeaderFooterType.DEFAULT);
        header._getHdrFtr().addNewSdt().addNewSdtContent().addNewP().addNewR().addNewT().setStringValue(text);
        return this;
    }

    /**
     * Adds a page number «- 1 -» to the default footer: a PAGE field with its last result, 1, between
     * typed dashes, as a complex field (begin, instruction, separate, result, end: what Word's «Номер
     * страницы» writes) or as a simple field ({@code <w:fldSimple w:instr="PAGE">}).
     *
     * @param simple a simple field rather than a complex one
     * @return this
     */
    public WordFixtures pageNumberFooter(boolean simple) {
        XWPFHeaderFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.createRun().setText("- ");
        if (simple) {
            CTSimpleField field = p.getCTP().addNewFldSimple();
            field.setInstr(" PAGE ");
            field.addNewR().addNewT().setStringValue("1");
        } else {
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE   \\* MERGEFORMAT ");
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            p.createRun().setText("1");
            p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
        p.createRun().setText(" -");
        return this;
    }

    /**
     * Ends a section at the last paragraph (Word's «Разрыв раздела»), with no headers or footers of its
     * own; the headers and footers added after belong to the document's last section.
     *
     * @return this
     */
    public WordFixtures sectionBreak() {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        CTPPr properties = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
        properties.addNewSectPr();
        return this;
    }

    /**
     * Returns the file.
     *
     * @return the .docx bytes
     */
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a decree's text as Word would hold it: each line a paragraph, and where a line's typed
     * clause number («3.1.1.», «2)») is exactly what Word's automatic numbering would show at that point,
     * the number is dropped from the text and the paragraph put in a numbered list instead.
     *
     * @param text the decree's text
     * @return the file and how many lines got automatic numbers
     */
    public static Converted fromText(String text) {
        WordFixtures word = new WordFixtures();
        BigInteger dots = word.list(word.abstractList("%1.", "%1.%2.", "%1.%2.%3.", "%1.%2.%3.%4."));
        BigInteger parens = word.list(word.abstractList("%1)"));
        int[] dotCounters = new int[4];
        int[] parenCounters = new int[1];
        int automatic = 0;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("\r\n|\n", -1)) {
            Matcher m = CLAUSE.matcher(line);
            if (m.matches()) {
                int[] typed = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
                boolean paren = m.group(2).equals(")");
                int[] counters = paren ? parenCounters : dotCounters;
                if (typed.length <= counters.length && isNext(counters, typed)) {
                    counters[typed.length - 1]++;
                    Arrays.fill(counters, typed.length, counters.length, 0);
                    word.item(paren ? parens : dots, typed.length - 1, m.group(3));
                    automatic++;
                    continue;
                }
            }
            word.paragraph(line);
        }
        return new Converted(word.bytes(), automatic);
    }

    /** What Word would number next at the typed number's level equals the typed number. */
    private static boolean isNext(int[] counters, int[] typed) {
        for (int i = 0; i < typed.length - 1; i++) {
            if (counters[i] != typed[i]) {
                return false;
            }
        }
        return typed[typed.length - 1] == counters[typed.length - 1] + 1;
    }

    /** A converted decree: the file and the count of automatically numbered lines. */
    public record Converted(byte[] bytes, int automatic) {
    }

    private static void runs(XWPFParagraph p, String text) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    /** Returns the rows given, as a list of cell lists. */
    static List<List<String>> rows(String[]... rows) {
        List<List<String>> out = new ArrayList<>();
        for (String[] row : rows) {
            out.add(List.of(row));
        }
        return out;
    }
}
