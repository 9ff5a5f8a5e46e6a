package io.github.unionkit.io.text;

import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The projection of a resolution onto what its printed text carries (decision 0017): the text round
 * trip {@code parse(render(r))} preserves exactly this.
 *
 * @param draft the draft mark
 * @param headerLines the header lines
 * @param number the number
 * @param adopted the adoption dates
 * @param place the place
 * @param title the title
 * @param preamble the preamble paragraphs
 * @param formula the operative formula
 * @param clauses every clause depth-first, as "number|text|item|item…"
 * @param signatory the signatory
 * @param attachments the attachment titles
 */
record Printed(boolean draft, List<String> headerLines, Optional<DecreeNumber> number,
        Optional<LocalDateRange> adopted, Optional<String> place, Optional<String> title, List<String> preamble,
        Optional<String> formula, List<String> clauses, Optional<Signatory> signatory, List<String> attachments) {

    static Printed of(Resolution r) {
        List<String> clauses = new ArrayList<>();
        for (Clause clause : r.allClauses()) {
            StringBuilder row = new StringBuilder().append(clause.number()).append('|').append(clause.text());
            clause.items().forEach(item -> row.append('|').append(item));
            clauses.add(row.toString());
        }
        List<String> attachments = new ArrayList<>();
        for (Attachment attachment : r.attachments()) {
            attachments.add(attachment.title());
        }
        return new Printed(r.draft(), r.headerLines(), r.number(), r.adopted(), r.place(), r.title(), r.preamble(),
                r.operativeFormula(), clauses, r.signatory(), attachments);
    }
}
