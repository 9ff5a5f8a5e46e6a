package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.threeten.extra.LocalDateRange;


/**
 * Lays a resolution out as the text of a decree, the way a person would print it, and nothing else:
 * no machine-readable notes, and no call to the parser (data flows one way).
 *
 * <p>The layout: the draft mark «ПРОЕКТ» for a draft; the header lines; the date
 * ("«18» декабря 2020 г."), the place and "№ 3-1", each if present; the title; the preamble paragraphs;
 * the operative formula; the clauses ("3.1.1. …") each followed by its bullet items ("– …") and its
 * sub-clauses; the signatory ("Председатель …" with the name after tabs); the attachments
 * ("Приложение: …", or "Приложения:" with a numbered list).
 *
 * <p>What the printed text carries (and so what reading it back gives again) is decided in decision
 * 0017: the header lines, number, dates, place, title, preamble, formula, the clause tree with its
 * texts and items, the signatory, the attachment titles and the draft mark. What the words only imply
 * (issuer id, assignments, references, control, size bands) is read from the words, and the meeting is
 * not printed at all; JSON is the lossless format.
 */
public final class ResolutionLayout {

    private static final String SIGNATURE_GAP = "\t\t\t";

    private final Resolution resolution;

    private ResolutionLayout(Resolution resolution) {
        this.resolution = resolution;
    }

    /**
     * Renders a resolution.
     *
     * @param resolution the resolution
     * @return the decree's text, ending with a line break
     */
    public static String render(Resolution resolution) {
        return new ResolutionLayout(resolution).write();
    }

    private String write() {
        StringBuilder out = new StringBuilder(4096);
        if (resolution.draft()) {
            out.append("ПРОЕКТ\n\n");
        }
        for (String line : resolution.headerLines()) {
            out.append(line).append('\n');
        }
        if (!resolution.headerLines().isEmpty()) {
            out.append('\n');
        }
        resolution.adopted().ifPresent(dates -> out.append(date(dates)).append('\n'));
        resolution.place().ifPresent(place -> out.append(place).append('\n'));
        resolution.number().ifPresent(number -> out.append("№ ").append(number).append('\n'));
        out.append('\n');
        resolution.title().ifPresent(title -> out.append(title).append("\n\n"));
        for (String paragraph : resolution.preamble()) {
            out.append(paragraph).append('\n');
        }
        if (!resolution.preamble().isEmpty()) {
            out.append('\n');
        }
        resolution.operativeFormula().ifPresent(formula -> out.append(formula).append('\n'));
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
        if (resolution.signatory().isPresent()) {
            Signatory signatory = resolution.signatory().get();
            out.append('\n').append(signatory.position());
            signatory.name().ifPresent(name -> out.append(SIGNATURE_GAP).append(name));
            out.append('\n');
        }
        List<Attachment> attachments = resolution.attachments();
        if (attachments.size() == 1) {
            out.append("\nПриложение: ").append(attachments.get(0).title()).append('\n');
        } else if (!attachments.isEmpty()) {
            out.append("\nПриложения:\n");
            for (int i = 0; i < attachments.size(); i++) {
                out.append(i + 1).append(". ").append(attachments.get(i).title()).append('\n');
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
}
