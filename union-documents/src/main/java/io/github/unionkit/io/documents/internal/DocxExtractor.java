package io.github.unionkit.io.documents.internal;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentReadException;
import io.github.unionkit.io.documents.DocumentReadException.ErrorType;
import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a Word (.docx) file with Apache POI: the body's paragraphs in order, each list
 * paragraph — numbered directly or through its style ({@link WordListMembership}) — prefixed with the
 * number Word would show ({@link WordNumbering}), soft line breaks as line
 * breaks, tables cell by cell (a header block laid out as "date | number" gives the date line, then the
 * number line), content controls, field results; a plan table is read as a {@code PlanTable} instead.
 * Page headers and footers are page furniture and not read, but each one that holds anything is named
 * by a warning ({@link WordPageFurniture}). Every paragraph, in table cells too, is one source unit.
 */
public final class DocxExtractor {

    private DocxExtractor() {
    }

    /**
     * Reads a Word file.
     *
     * @param bytes the file
     * @param options the caps
     * @return the text
     * @throws DocumentReadException if the file is a zip bomb, damaged, or its text over the cap
     */
    public static DocumentText extract(byte[] bytes, DocumentReadOptions options) {
        ZipGuard.check(bytes, options.maxUnzippedBytes());
        TextSink sink = new TextSink(DocumentFormat.DOCX, options.maxChars());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Lists lists = new Lists(new WordListMembership(document.getStyles(), document.getNumbering()),
                    new WordNumbering(document.getNumbering(), document.getStyles()));
            List<IBodyElement> elements = document.getBodyElements();
            WordPageFurniture furniture = WordPageFurniture.of(document, elements);
            for (int i = 0; i < elements.size(); i++) {
                furniture.before(i, sink);
                body(elements.get(i), lists, sink);
            }
            furniture.finish(sink);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentReadException) {
                throw (DocumentReadException) e;
            }
            // POI's own messages may quote the file; the error type says enough.
            throw new DocumentReadException(ErrorType.MALFORMED, DocumentFormat.DOCX, 0);
        }
        return sink.finish();
    }

    /** Which list a paragraph is in, and the numbers of the lists: both per document. */
    private record Lists(WordListMembership membership, WordNumbering numbers) {
    }

    private static void body(IBodyElement element, Lists numbering, TextSink sink) {
        if (element instanceof XWPFParagraph) {
            paragraph((XWPFParagraph) element, numbering, sink);
        } else if (element instanceof XWPFTable) {
            table((XWPFTable) element, numbering, sink);
        } else if (element instanceof XWPFSDT) {
            sink.beginUnit();
            lines(((XWPFSDT) element).getContent().getText(), Optional.empty(), sink);
        }
    }

    private static void paragraph(XWPFParagraph paragraph, Lists numbering, TextSink sink) {
        int unit = sink.beginUnit();
        Optional<String> label = Optional.empty();
        if (!paragraph.getText().isBlank()) {
            Optional<WordListMembership.Member> member = numbering.membership().of(paragraph);
            if (member.isPresent()) {
                label = numbering.numbers().next(member.get().numId(), member.get().ilvl(), unit, sink);
            }
        }
        lines(paragraph.getText(), label, sink);
    }

    /** Writes a paragraph's text, its soft line breaks (and carriage returns) as line breaks. */
    private static void lines(String text, Optional<String> label, TextSink sink) {
        String[] parts = text.split("\r\n|\r|\n|\u000B", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && label.isPresent()) {
                sink.line(label.get() + " " + parts[i]);
            } else {
                sink.line(parts[i]);
            }
        }
    }

    private static void table(XWPFTable table, Lists numbering, TextSink sink) {
        List<XWPFTableRow> rows = table.getRows();
        if (!rows.isEmpty()) {
            Optional<PlanTables.Columns> columns = PlanTables.columns(texts(rows.get(0)));
            if (columns.isPresent()) {
                plan(rows, columns.get(), sink);
                return;
            }
        }
        for (XWPFTableRow row : rows) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (IBodyElement element : cell.getBodyElements()) {
                    body(element, numbering, sink);
                }
            }
        }
    }

    private static void plan(List<XWPFTableRow> rows, PlanTables.Columns columns, TextSink sink) {
        int header = sink.nextUnit();
        unitsOf(rows.get(0), sink);
        List<PlanTables.Row> body = new ArrayList<>();
        for (XWPFTableRow row : rows.subList(1, rows.size())) {
            int first = sink.nextUnit();
            unitsOf(row, sink);
            body.add(new PlanTables.Row(texts(row), first));
        }
        PlanTables.read(columns, body, header, sink).ifPresent(sink::plan);
    }

    /** A plan's paragraphs stay source units (so unit numbers match the file), with no text of their own. */
    private static void unitsOf(XWPFTableRow row, TextSink sink) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (int i = 0; i < Math.max(1, cell.getParagraphs().size()); i++) {
                sink.beginUnit();
            }
        }
    }

    private static List<String> texts(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            cells.add(cell.getText());
        }
        return cells;
    }
}
