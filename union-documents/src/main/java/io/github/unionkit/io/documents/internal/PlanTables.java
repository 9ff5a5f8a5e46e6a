package io.github.unionkit.io.documents.internal;

import io.github.unionkit.model.error.Detail;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.PlanItem;
import io.github.unionkit.io.documents.PlanTable;
import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a plan table (план мероприятий) by its header row and reads its rows. Shared by the Word
 * and HTML readers, which hand it the cells' texts. Stateless.
 */
public final class PlanTables {

    /** The columns of a recognised plan header, -1 where the table has none. */
    public record Columns(int number, int action, int deadline, int responsible) {
    }

    /** One table row as the readers see it: the cells' texts and the unit of its first cell. */
    public record Row(List<String> cells, int source) {
    }

    private PlanTables() {
    }

    /**
     * Reads a table's header row.
     *
     * @param header the header cells' texts
     * @return the columns when the header names an action and a deadline column, else empty
     */
    public static Optional<Columns> columns(List<String> header) {
        int number = -1;
        int action = -1;
        int deadline = -1;
        int responsible = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = squeeze(header.get(i));
            if (number < 0 && (h.startsWith("№") || h.equals("п/п") || h.equals("n п/п"))) {
                number = i;
            } else if (action < 0 && (h.contains("мероприят") || h.startsWith("содержание")
                    || h.startsWith("наименование"))) {
                action = i;
            } else if (deadline < 0 && (h.startsWith("срок") || h.startsWith("дата"))) {
                deadline = i;
            } else if (responsible < 0 && (h.contains("ответствен") || h.contains("исполнител"))) {
                responsible = i;
            }
        }
        return action >= 0 && deadline >= 0 ? Optional.of(new Columns(number, action, deadline, responsible))
                : Optional.empty();
    }

    /**
     * Reads the rows under a recognised header; deadlines are read without a document date.
     *
     * @param columns the header's columns
     * @param rows the rows after the header
     * @param headerSource the unit of the header row
     * @param sink where warnings go
     * @return the plan, or empty when no row has an action
     */
    public static Optional<PlanTable> read(Columns columns, List<Row> rows, int headerSource, TextSink sink) {
        List<PlanItem> items = new ArrayList<>();
        for (Row row : rows) {
            if (isColumnNumbering(row.cells()) || row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            String action = normalize(cell(row.cells(), columns.action()));
            if (action.isEmpty()) {
                sink.warn(new DocumentWarning(DocumentWarning.Code.PLAN_ROW_WITHOUT_ACTION, row.source(), Detail.none()));
                continue;
            }
            Optional<String> number = nonEmpty(normalize(cell(row.cells(), columns.number())));
            Optional<String> written = nonEmpty(normalize(cell(row.cells(), columns.deadline())));
            List<String> responsible = new ArrayList<>();
            for (String entry : cell(row.cells(), columns.responsible()).split("[,;\n]")) {
                String e = normalize(entry);
                if (!e.isEmpty()) {
                    responsible.add(e);
                }
            }
            PlanItem item = new PlanItem(number, action, responsible, written, Optional.empty(), row.source());
            items.add(withDeadline(item, Optional.empty(), sink::warn));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new PlanTable(headerSource, items));
    }

    /**
     * Reads an item's written deadline against a document date; a cell that is no deadline leaves the
     * item without one and reports it.
     *
     * @param item the item
     * @param documentDate the decree's date, or empty when unknown
     * @param warnings where the warning goes
     * @return the item with its deadline read
     */
    public static PlanItem withDeadline(PlanItem item, Optional<LocalDate> documentDate,
            java.util.function.Consumer<DocumentWarning> warnings) {
        if (item.deadlineAsWritten().isEmpty()) {
            return item.withDeadline(Optional.empty());
        }
        String phrase = item.deadlineAsWritten().get();
        try {
            Deadline deadline = documentDate.isPresent() ? RussianDeadlines.parse(phrase, documentDate.get())
                    : RussianDeadlines.parseUnresolved(phrase);
            return item.withDeadline(Optional.of(deadline));
        } catch (DeadlineParseException e) {
            warnings.accept(new DocumentWarning(DocumentWarning.Code.PLAN_DEADLINE_UNREAD, item.source(),
                    DocumentDetails.planRow(item.number().orElse(""), e.errorType())));
            return item.withDeadline(Optional.empty());
        }
    }

    /** The row «1 | 2 | 3 | 4» some plans put under the header. */
    private static boolean isColumnNumbering(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!normalize(cells.get(i)).equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return cells.size() > 1;
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static String squeeze(String header) {
        return normalize(header).toLowerCase(Locale.ROOT).replace(":", "");
    }

    /** Collapses white space (no-break spaces and line breaks included) to single spaces and strips. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
