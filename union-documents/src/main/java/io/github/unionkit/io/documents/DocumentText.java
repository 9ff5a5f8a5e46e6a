package io.github.unionkit.io.documents;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The decree text read from a file, before the decree parser: the text itself, the format it came
 * from, where each source unit (a paragraph of a Word file, a page of a PDF, a block of a web page)
 * starts in the text, the plan tables found beside it, and what was noticed on the way.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives counts only: decrees name persons.
 */
public final class DocumentText {

    private final DocumentFormat format;
    private final String text;
    private final int[] unitStarts;
    private final List<DocumentWarning> warnings;
    private final List<PlanTable> plans;

    private DocumentText(DocumentFormat format, String text, int[] unitStarts, List<DocumentWarning> warnings,
            List<PlanTable> plans) {
        this.format = format;
        this.text = text;
        this.unitStarts = unitStarts;
        this.warnings = warnings;
        this.plans = plans;
    }

    /**
     * Returns a document text.
     *
     * @param format the format read, not null
     * @param text the text, not null
     * @param unitStarts for each source unit in order, the offset in {@code text} where it starts;
     *     non-decreasing, each within {@code [0, text.length()]}; not null, no nulls
     * @param warnings what was noticed, not null, no nulls
     * @param plans the plan tables found, not null, no nulls
     * @return the document text
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the starts decrease or fall outside the text
     */
    public static DocumentText of(DocumentFormat format, String text, List<Integer> unitStarts,
            List<DocumentWarning> warnings, List<PlanTable> plans) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        int[] starts = new int[Objects.requireNonNull(unitStarts, "unitStarts").size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Objects.requireNonNull(unitStarts.get(i), "unitStarts element");
            if (starts[i] < 0 || starts[i] > text.length() || i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("unit starts must be non-decreasing offsets into the text");
            }
        }
        return new DocumentText(format, text, starts, List.copyOf(Objects.requireNonNull(warnings, "warnings")),
                List.copyOf(Objects.requireNonNull(plans, "plans")));
    }

    /**
     * Returns the format the file's content announced.
     *
     * @return the format
     */
    public DocumentFormat format() {
        return format;
    }

    /**
     * Returns the decree text, lines separated by {@code \n}, as the decree parser reads it.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the number of source units (paragraphs, pages or blocks) that gave text.
     *
     * @return the count, at least 0
     */
    public int unitCount() {
        return unitStarts.length;
    }

    /**
     * Returns the source unit a text offset falls in: the last unit starting at or before it.
     *
     * @param offset an offset into {@link #text()}
     * @return the 0-based unit, or empty if the offset is outside the text or before the first unit
     */
    public OptionalInt unitAt(int offset) {
        if (offset < 0 || offset > text.length()) {
            return OptionalInt.empty();
        }
        int low = 0;
        int high = unitStarts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (unitStarts[mid] <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /**
     * Returns what was noticed while reading the file.
     *
     * @return the warnings, unmodifiable, possibly empty
     */
    public List<DocumentWarning> warnings() {
        return warnings;
    }

    /**
     * Returns the plan tables found, their deadlines read without the document's date (phrases that need
     * it are kept unresolved); {@link DocumentReadResult#plans()} reads them with the decree's date.
     *
     * @return the plans, unmodifiable, possibly empty
     */
    public List<PlanTable> plans() {
        return plans;
    }

    /**
     * Returns counts only.
     *
     * @return e.g. {@code DocumentText[DOCX, chars=5120, units=64, warnings=0, plans=1]}
     */
    @Override
    public String toString() {
        return "DocumentText[" + format + ", chars=" + text.length() + ", units=" + unitStarts.length + ", warnings="
                + warnings.size() + ", plans=" + plans.size() + "]";
    }
}
