package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseOptions;
import io.github.unionkit.io.text.DecreeTextParser;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Lays a resolution out as the text of a decree, and adds the structured notes the parser needs to
 * read the very same resolution back.
 *
 * <p>The conventional part: the header lines, the date ("«18» декабря 2020 г."), the place, "№ 3-1",
 * the title, the preamble paragraphs, the operative formula, the clauses ("3.1.1. …") each followed by
 * its bullet items ("– …") and its sub-clauses, and the signatory ("Председатель …" with the name
 * after tabs). A part that would not read back as itself in that form (a place without "г.", a formula
 * without "постановляет:", a signatory that does not start with a position) is written as a note
 * instead.
 *
 * <p>The notes: the renderer parses its own conventional text with the default options and compares
 * what comes back with the resolution — issuer, meeting and attachments first, then, with those
 * settled, each clause's assignment and size bands, the references and the control clause. Where they
 * differ it writes a note after the text; where they agree (a real decree whose words say it all) it
 * writes none. Deadlines in notes are phrases: the deadline's own phrase if it reads back as the same
 * deadline in this document, else the phrase {@code RussianDeadlineRenderer} writes.
 */
public final class ResolutionLayout {

    private static final DecreeParseOptions READ_BACK = DecreeParseOptions.defaults().withMaxLength(Integer.MAX_VALUE);
    private static final UntilPolicy POLICY = DecreeParseOptions.defaults().untilPolicy();
    private static final String SIGNATURE_GAP = "\t\t\t";

    private final Resolution resolution;
    private final LocalDate documentDate;
    private final boolean naturalPlace;
    private final boolean naturalFormula;
    private final boolean naturalSignatory;
    private final List<String> notes = new ArrayList<>();

    private ResolutionLayout(Resolution resolution) {
        this.resolution = resolution;
        this.documentDate = resolution.documentDate();
        this.naturalPlace = resolution.place().map(ResolutionLayout::readsAsPlace).orElse(true);
        this.naturalFormula = isFormula(resolution.operativeFormula());
        this.naturalSignatory = resolution.signatory().map(ResolutionLayout::readsAsSignatory).orElse(true);
    }

    /**
     * Renders a resolution.
     *
     * @param resolution the resolution
     * @return the decree's text, ending with a line break
     */
    public static String render(Resolution resolution) {
        return new ResolutionLayout(resolution).run();
    }

    private String run() {
        structuralNotes();
        Resolution first = readBack(write());
        if (first == null) {
            return write();
        }
        if (!first.issuer().equals(resolution.issuer()) || !first.issuerName().equals(resolution.issuerName())) {
            notes.add(0, DecreeNotes.write(DecreeNotes.Key.ISSUER, null,
                    DecreeNoteCodec.issuer(resolution.issuer(), resolution.issuerName())));
        }
        Resolution second = readBack(write());
        if (second == null) {
            return write();
        }
        contentNotes(second);
        return write();
    }

    private static Resolution readBack(String text) {
        try {
            return DecreeTextParser.parse(text, READ_BACK).resolution();
        } catch (DecreeParseException e) {
            return null;
        }
    }

    private void structuralNotes() {
        resolution.meeting().ifPresent(meeting -> notes.add(
                DecreeNotes.write(DecreeNotes.Key.MEETING, null, DecreeNoteCodec.meeting(meeting))));
        if (!naturalPlace) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.PLACE, null, List.of(resolution.place().orElseThrow())));
        }
        if (!naturalFormula) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.FORMULA, null, List.of(resolution.operativeFormula())));
        }
        if (!naturalSignatory) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.SIGNATORY, null,
                    DecreeNoteCodec.signatory(resolution.signatory().orElseThrow())));
        }
        for (Attachment attachment : resolution.attachments()) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.ATTACHMENT, null, DecreeNoteCodec.attachment(attachment)));
        }
    }

    private void contentNotes(Resolution read) {
        Map<ClauseNumber, Clause> readClauses = new HashMap<>();
        for (Clause clause : read.allClauses()) {
            readClauses.put(clause.number(), clause);
        }
        for (Clause clause : resolution.allClauses()) {
            Optional<Clause> other = Optional.ofNullable(readClauses.get(clause.number()));
            Optional<Assignment> readAssignment = other.flatMap(Clause::assignment);
            if (!readAssignment.equals(clause.assignment())) {
                assignmentNotes(clause);
            }
            List<SizeBand> readBands = other.map(Clause::sizeBands).orElse(List.of());
            if (!readBands.equals(clause.sizeBands())) {
                if (clause.sizeBands().isEmpty()) {
                    notes.add(DecreeNotes.write(DecreeNotes.Key.BANDS, clause.number(), List.of(DecreeNotes.NONE)));
                }
                for (SizeBand band : clause.sizeBands()) {
                    notes.add(DecreeNotes.write(DecreeNotes.Key.BAND, clause.number(),
                            DecreeNoteCodec.band(band, documentDate, POLICY)));
                }
            }
        }
        if (!read.references().equals(resolution.references())) {
            if (resolution.references().isEmpty()) {
                notes.add(DecreeNotes.write(DecreeNotes.Key.REFERENCES, null, List.of(DecreeNotes.NONE)));
            }
            for (DecreeReference reference : resolution.references()) {
                notes.add(DecreeNotes.write(DecreeNotes.Key.REFERENCE, null, DecreeNoteCodec.reference(reference)));
            }
        }
        if (!read.controlClause().equals(resolution.controlClause())) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.CONTROL, null, resolution.controlClause()
                    .map(DecreeNoteCodec::control).orElse(List.of(DecreeNotes.NONE))));
        }
    }

    private void assignmentNotes(Clause clause) {
        if (clause.assignment().isEmpty()) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.ASSIGNMENT, clause.number(), List.of(DecreeNotes.NONE)));
            return;
        }
        Assignment assignment = clause.assignment().get();
        notes.add(DecreeNotes.write(DecreeNotes.Key.ASSIGNMENT, clause.number(), List.of(assignment.action(),
                assignment.subject(), DecreeNoteCodec.phrase(assignment.deadline(), documentDate, POLICY))));
        for (Assignee assignee : assignment.assignees()) {
            notes.add(DecreeNotes.write(DecreeNotes.Key.ASSIGNEE, clause.number(), DecreeNoteCodec.assignee(assignee)));
        }
    }

    // ---------------------------------------------------------------- writing

    private String write() {
        StringBuilder out = new StringBuilder(4096);
        for (String line : resolution.headerLines()) {
            out.append(line).append('\n');
        }
        if (!resolution.headerLines().isEmpty()) {
            out.append('\n');
        }
        out.append(date(resolution.adopted())).append('\n');
        if (naturalPlace) {
            resolution.place().ifPresent(place -> out.append(place).append('\n'));
        }
        out.append("№ ").append(resolution.number()).append("\n\n");
        out.append(resolution.title()).append('\n');
        for (String paragraph : resolution.preamble()) {
            out.append(paragraph).append('\n');
        }
        out.append('\n');
        if (naturalFormula) {
            out.append(resolution.operativeFormula()).append('\n');
        }
        Deque<Clause> pending = new ArrayDeque<>();
        for (int i = resolution.clauses().size() - 1; i >= 0; i--) {
            pending.push(resolution.clauses().get(i));
        }
        while (!pending.isEmpty()) {
            Clause clause = pending.pop();
            out.append(clause.number()).append(". ").append(clause.text()).append('\n');
            for (String item : clause.items()) {
                out.append("– ").append(item).append('\n');
            }
            for (int i = clause.children().size() - 1; i >= 0; i--) {
                pending.push(clause.children().get(i));
            }
        }
        if (naturalSignatory && resolution.signatory().isPresent()) {
            Signatory signatory = resolution.signatory().get();
            out.append('\n').append(signatory.position());
            signatory.name().ifPresent(name -> out.append(SIGNATURE_GAP).append(name));
            out.append('\n');
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String note : notes) {
                out.append(note).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Writes adoption dates as a decree's header does: "«18» декабря 2020 г.", "«20»–«21» мая 2016 г.",
     * "«30» ноября – «1» декабря 2020 г.", "«31» декабря 2020 г. – «2» января 2021 г.".
     *
     * @param dates the dates, closed
     * @return the text
     */
    public static String date(LocalDateRange dates) {
        LocalDate first = dates.getStart();
        LocalDate last = dates.getEndInclusive();
        if (first.equals(last)) {
            return day(first) + " " + year(last);
        }
        if (first.getYear() != last.getYear()) {
            return day(first) + " " + year(first) + " – " + day(last) + " " + year(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return day(first) + " – " + day(last) + " " + year(last);
        }
        return quoted(first.getDayOfMonth()) + "–" + day(last) + " " + year(last);
    }

    private static String day(LocalDate date) {
        return quoted(date.getDayOfMonth()) + " " + RussianMonths.genitive(date.getMonth());
    }

    private static String quoted(int day) {
        return "«" + (day < 10 ? "0" : "") + day + "»";
    }

    private static String year(LocalDate date) {
        return date.getYear() + " г.";
    }

    // ---------------------------------------------------------------- what reads back

    private static boolean readsAsPlace(String place) {
        DecreeRequisites found = DecreeRequisites.read(place, 0, place.length());
        return found != null && found.dateStart < 0 && found.numberStart < 0 && found.placeStart == 0
                && found.placeEnd == place.length();
    }

    private static boolean isFormula(String formula) {
        return DecreeWords.isFormula(formula, 0, formula.length()) && !DecreeNotes.isNote(formula, 0, formula.length())
                && DecreeRequisites.read(formula, 0, formula.length()) == null;
    }

    private static boolean readsAsSignatory(Signatory signatory) {
        String position = signatory.position();
        String block = signatory.name().map(name -> position + " " + name).orElse(position);
        return DecreeWords.startsWithPosition(position, 0, position.length())
                && DecreeInterpreter.signatoryOf(block).equals(signatory);
    }
}
