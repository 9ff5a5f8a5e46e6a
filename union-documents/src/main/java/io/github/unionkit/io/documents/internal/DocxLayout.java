package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.text.RussianRenderer;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Lays a resolution out as a Word document with the same printable projection as the text renderer
 * (decision 0017): the draft mark, the header lines (centred, bold), the date, place and number, the
 * title, the preamble, the formula, the clauses as a real Word numbered list (one abstract list with a
 * level per clause depth, «%1.», «%1.%2.», …) with their items as a bulleted list, the signatory with
 * the name after tabs, the attachments. It reads the model only; it never calls the parser.
 */
public final class DocxLayout {

    private static final int LEVELS = 9;

    private final Resolution resolution;
    private final XWPFDocument document = new XWPFDocument();
    private final XWPFNumbering numbering = document.createNumbering();
    private final BigInteger clauseList;
    private final BigInteger bullets;
    private BigInteger clauses;
    private final int[] shown = new int[LEVELS];

    private DocxLayout(Resolution resolution) {
        this.resolution = resolution;
        this.clauseList = abstractList(false);
        this.bullets = numbering.addNum(abstractList(true));
        this.clauses = numbering.addNum(clauseList);
    }

    /**
     * Writes a resolution.
     *
     * @param resolution the resolution
     * @return the .docx bytes
     */
    public static byte[] write(Resolution resolution) {
        return new DocxLayout(resolution).write();
    }

    private byte[] write() {
        if (resolution.draft()) {
            centred("ПРОЕКТ", true);
            text("");
        }
        for (String line : resolution.headerLines()) {
            centred(line, true);
        }
        if (!resolution.headerLines().isEmpty()) {
            text("");
        }
        resolution.adopted().ifPresent(dates -> text(RussianRenderer.renderDate(dates)));
        resolution.place().ifPresent(this::text);
        resolution.number().ifPresent(number -> text("№ " + number));
        text("");
        resolution.title().ifPresent(title -> {
            centred(title, true);
            text("");
        });
        resolution.preamble().forEach(this::text);
        if (!resolution.preamble().isEmpty()) {
            text("");
        }
        resolution.operativeFormula().ifPresent(this::text);
        for (Clause clause : resolution.clauses()) {
            clause(clause);
        }
        if (resolution.signatory().isPresent()) {
            Signatory signatory = resolution.signatory().get();
            text("");
            XWPFRun run = document.createParagraph().createRun();
            run.setText(signatory.position());
            signatory.name().ifPresent(name -> {
                for (int i = 0; i < 3; i++) {
                    run.addTab();
                }
                run.setText(name, 1);
            });
        }
        List<Attachment> attachments = resolution.attachments();
        if (attachments.size() == 1) {
            text("");
            text("Приложение: " + attachments.get(0).title());
        } else if (!attachments.isEmpty()) {
            text("");
            text("Приложения:");
            for (int i = 0; i < attachments.size(); i++) {
                text((i + 1) + ". " + attachments.get(i).title());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void clause(Clause clause) {
        ClauseNumber number = clause.number();
        int level = number.depth() - 1;
        if (level < LEVELS && isListed(number)) {
            if (number.last() != shown[level] + 1) {
                // Numbers kept as written («1, 2, 4»): a list instance restarting this level there.
                clauses = restarted(level, number.last());
            }
            shown[level] = number.last();
            java.util.Arrays.fill(shown, level + 1, LEVELS, 0);
            XWPFParagraph p = document.createParagraph();
            p.setNumID(clauses);
            p.setNumILvl(BigInteger.valueOf(level));
            p.createRun().setText(clause.text());
        } else {
            text(number + ". " + clause.text());
        }
        for (String item : clause.items()) {
            XWPFParagraph p = document.createParagraph();
            p.setNumID(bullets);
            p.setNumILvl(BigInteger.ZERO);
            p.createRun().setText(item);
        }
        for (Clause child : clause.children()) {
            clause(child);
        }
    }

    /** The list shows this number when every higher level shows the number's own parts. */
    private boolean isListed(ClauseNumber number) {
        for (int i = 0; i < number.depth() - 1; i++) {
            if (shown[i] != number.parts().get(i)) {
                return false;
            }
        }
        return true;
    }

    private BigInteger restarted(int level, int start) {
        BigInteger numId = numbering.addNum(clauseList);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return numId;
    }

    private BigInteger abstractList(boolean bullet) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < LEVELS; i++) {
            pattern.append('%').append(i + 1).append('.');
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(bullet ? STNumberFormat.BULLET : STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(bullet ? "–" : pattern.toString());
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360L * (i + 1)));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }

    private void text(String text) {
        document.createParagraph().createRun().setText(text);
    }

    private void centred(String text, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }
}
