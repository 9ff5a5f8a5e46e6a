package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.error.Detail;
import static io.github.unionkit.model.path.ModelProperty.ASSIGNMENT;
import static io.github.unionkit.model.path.ModelProperty.CLAUSES;
import static io.github.unionkit.model.path.ModelProperty.DEADLINE;

import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.internal.Chars;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.ProductionCalendar;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the assignments of a clause tree, the way the golden fixture of decree № 3-1 represents them.
 *
 * <ul>
 *   <li>A clause that starts with an assigning verb ("Поручить Президиуму …:") opens a scope: its
 *       descendants' tasks go to those assignees. With sub-clauses it carries no assignment itself;
 *       as a leaf with an infinitive ("Поручить президиуму провести …") it is one.</li>
 *   <li>Inside a scope, clauses with sub-clauses only group. One that starts with an infinitive and
 *       ends with a colon ("Организовать:", "Продолжить работу:") gives its text without the colon as
 *       the action of the leaves below it; a deadline phrase in a grouping clause ("Продолжить
 *       работу" is one: ongoing) is inherited by leaves that state none.</li>
 *   <li>A leaf is an assignment. Deadline: the first phrase in its own text, else the inherited one,
 *       else unspecified. Action: the inherited one, else its first infinitive outside the deadline
 *       phrase, else the assigning verb. Subject: the text after the action's verb (or all of it),
 *       without the deadline phrase and the final ".", ":" or ";".</li>
 *   <li>Clauses outside any scope (the committee's own decisions, the control clause) have none.</li>
 * </ul>
 * Recursion follows the clause tree, which is at most {@code ClauseNumber.MAX_DEPTH} deep.
 */
final class DecreeAssignmentReader {

    /** An assignment found, with where its deadline phrase was written. */
    public static final class Found {
        /** The assignment. */
        public final Assignment assignment;
        /** Where the deadline phrase was written (possibly in an ancestor clause), or null. */
        public final TextSpan deadlineSpan;

        Found(Assignment assignment, TextSpan deadlineSpan) {
            this.assignment = assignment;
            this.deadlineSpan = deadlineSpan;
        }
    }

    private static final class Scope {
        final List<Assignee> assignees;
        final String verb;
        final String action;
        final DeadlineMatch deadline;

        Scope(List<Assignee> assignees, String verb, String action, DeadlineMatch deadline) {
            this.assignees = assignees;
            this.verb = verb;
            this.action = action;
            this.deadline = deadline;
        }
    }

    private final String text;
    private final LocalDate documentDate;
    private final UntilPolicy policy;
    private final DecreeAssignees assignees;
    private final DecreeWarnings warnings;
    private final Map<DecreeDraft.Clause, Found> found = new IdentityHashMap<>();
    private static final int MAX_DATIVE_HEAD = 30;

    /**
     * Creates the reader.
     *
     * @param text the decree
     * @param documentDate the adoption date, for deadlines
     * @param policy how "до X" treats X
     * @param assignees reads assignee phrases
     * @param warnings where to report unresolvable and ambiguous deadline phrases
     */
    public DecreeAssignmentReader(String text, LocalDate documentDate, UntilPolicy policy, DecreeAssignees assignees,
            DecreeWarnings warnings) {
        this.text = text;
        this.documentDate = documentDate;
        this.policy = policy;
        this.assignees = assignees;
        this.warnings = warnings;
    }

    /**
     * Reads the assignments of a clause tree.
     *
     * @param clauses the top-level clauses
     * @return the assignment of each clause that states one
     */
    public Map<DecreeDraft.Clause, Found> read(List<DecreeDraft.Clause> clauses) {
        for (DecreeDraft.Clause clause : clauses) {
            visit(clause, null);
        }
        return found;
    }

    private void visit(DecreeDraft.Clause clause, Scope scope) {
        Tokens t = clause.text.tokens(text);
        Scope inner = scope;
        if (t.size() > 0 && DecreeWords.isAssigningVerb(t, 0)) {
            inner = assigning(clause, t);
        } else if (scope == null && clause.children.isEmpty() && !clause.items.isEmpty() && t.size() > 1
                && isDative(t, 0) && t.isPunct(t.size() - 1, ':')) {
            itemTasks(clause, t);
        } else if (scope == null && clause.children.isEmpty() && !clause.items.isEmpty() && t.size() > 2
                && t.isPunct(t.size() - 1, ':') && assigningVerbInside(t) > 0) {
            // "Принять участие в акции и поручить председателю профкома Никитиной С.Е.:" with the tasks
            // as items: the verb inside the sentence assigns them.
            int verb = assigningVerbInside(t);
            List<Assignee> who = List.copyOf(assignees.read(t, verb + 1, t.size() - 1));
            if (!who.isEmpty()) {
                assignItems(clause, who, TextNormalizer.normalize(text.subSequence(t.start(verb), t.end(verb))));
            }
        } else if (scope == null && clause.children.isEmpty()) {
            dativeTask(clause, t);
        } else if (scope == null && t.size() > 1 && isDative(t, 0) && t.isPunct(t.size() - 1, ':')) {
            // "Председателям первичных профсоюзных организаций:" opens a scope like "Поручить …:".
            List<Assignee> who = List.copyOf(assignees.read(t, 0, t.size() - 1));
            if (!who.isEmpty()) {
                inner = new Scope(who, null, null, ownDeadline(clause, t, false));
            }
        } else if (scope != null) {
            if (clause.children.isEmpty()) {
                leaf(clause, t, scope);
            } else {
                String action = scope.action;
                if (t.size() > 1 && DecreeWords.isInfinitive(t, 0) && t.isPunct(t.size() - 1, ':')) {
                    action = TextNormalizer.normalize(text.subSequence(t.start(0), t.end(t.size() - 2)));
                }
                DeadlineMatch own = ownDeadline(clause, t, false);
                inner = new Scope(scope.assignees, scope.verb, action, own != null ? own : scope.deadline);
            }
        }
        for (DecreeDraft.Clause child : clause.children) {
            visit(child, inner);
        }
    }

    /** "Поручить X:" opens a scope; "Поручить X провести …" (a leaf) is an assignment itself. */
    private Scope assigning(DecreeDraft.Clause clause, Tokens t) {
        int end = 1;
        while (end < t.size() && !t.isPunct(end, ':') && !DecreeWords.isInfinitive(t, end)) {
            end++;
        }
        DeadlineMatch own = ownDeadline(clause, t, clause.children.isEmpty());
        int whoEnd = end;
        if (own != null && (end >= t.size() || own.start() < t.start(end))) {
            // "Поручить Чемальской районной организации в январе 2023 года подготовить …": the deadline
            // ends the assignee.
            whoEnd = Math.max(1, Math.min(end, t.indexAt(own.start())));
        }
        // Immutable once, so the assignments of every leaf below share it instead of copying it.
        List<Assignee> who = List.copyOf(assignees.read(t, 1, whoEnd));
        if (who.isEmpty()) {
            PropertyPath element = PropertyPath.of(CLAUSES).key(clause.number).property(ASSIGNMENT);
            warnings.add(Code.UNREAD_ASSIGNEE, element, clause.text.start, clause.text.end, Detail.none());
            return null;
        }
        String verb = TextNormalizer.normalize(text.subSequence(t.start(0), t.end(0)));
        Scope scope = new Scope(who, verb, null, own);
        if (clause.children.isEmpty()) {
            int infinitive = end;
            while (infinitive < t.size() && !DecreeWords.isInfinitive(t, infinitive)) {
                infinitive++;
            }
            if (infinitive < t.size()) {
                assign(clause, t, scope, own, infinitive);
            } else if (!clause.items.isEmpty()) {
                // "Рекомендовать территориальным организациям:" with its tasks as bullet items.
                assign(clause, t, scope, own, -1);
                warnItemDeadlines(clause);
            }
        }
        return scope;
    }

    /**
     * "Членским организациям Федерации:" followed by dash items, each a task: one assignment to those
     * addressees whose action is the first item's verb and whose subject is the clause's items; a
     * deadline inside an item is warned, not taken for the whole.
     */
    private void itemTasks(DecreeDraft.Clause clause, Tokens t) {
        PropertyPath element = PropertyPath.of(CLAUSES).key(clause.number).property(ASSIGNMENT);
        List<Assignee> who = List.copyOf(assignees.read(t, 0, t.size() - 1));
        Tokens first = clause.items.get(0).tokens(text);
        int verb = -1;
        for (int i = 0; i < first.size() && verb < 0; i++) {
            if (DecreeWords.isInfinitive(first, i)) {
                verb = i;
            }
        }
        if (who.isEmpty() || verb < 0) {
            warnings.add(Code.UNREAD_ASSIGNEE, element, clause.text.start, clause.ownEnd(), WarningDetails.fixed(WarningDetails.Fixed.TASKS_IN_ITEMS));
            return;
        }
        assignItems(clause, who, TextNormalizer.normalize(text.subSequence(first.start(verb), first.end(verb))));
    }

    /**
     * One assignment whose tasks are the clause's items: the items joined are its subject, it keeps no
     * deadline of its own, and a deadline written inside an item is warned.
     */
    private void assignItems(DecreeDraft.Clause clause, List<Assignee> who, String action) {
        StringBuilder subject = new StringBuilder();
        for (DecreeDraft.Piece item : clause.items) {
            subject.append(subject.length() == 0 ? "" : " ").append(item.normalized(text));
        }
        String written = strip(TextNormalizer.normalize(subject));
        if (written.isEmpty()) {
            return;
        }
        found.put(clause, new Found(Assignment.of(who, action, written, Deadline.unspecified()), null));
        warnItemDeadlines(clause);
    }

    /** The last assigning verb ("поручить") after the first word, or -1. */
    private static int assigningVerbInside(Tokens t) {
        int found = -1;
        for (int i = 1; i < t.size() - 1; i++) {
            if (DecreeWords.isAssigningVerb(t, i)) {
                found = i;
            }
        }
        return found;
    }

    /** Deadlines written in the items of one assignment cannot be its one deadline: say so. */
    private void warnItemDeadlines(DecreeDraft.Clause clause) {
        for (DecreeDraft.Piece item : clause.items) {
            Tokens t = item.tokens(text);
            List<DeadlineMatch> found = DeadlineFinder.find(t, 0, t.size(), documentDate, policy,
                    ProductionCalendar.russian(), DeadlineFinder.IGNORE, true);
            if (!found.isEmpty()) {
                warnings.add(Code.AMBIGUOUS_DEADLINE, PropertyPath.of(CLAUSES).key(clause.number)
                        .property(ASSIGNMENT).property(DEADLINE), found.get(0).start(), found.get(0).end(),
                        WarningDetails.fixed(WarningDetails.Fixed.DEADLINE_INSIDE_ITEM));
                return;
            }
        }
    }

    /**
     * A task that opens with its assignee in the dative ("Председателям территориальных организаций
     * до 1 февраля направить …", "Аппарату подготовить …"): the words before the first infinitive,
     * without a deadline phrase among them, are the assignees.
     */
    private void dativeTask(DecreeDraft.Clause clause, Tokens t) {
        if (t.size() < 2 || !isDative(t, 0)) {
            return;
        }
        DeadlineMatch own = ownDeadline(clause, t, true);
        int verb = -1;
        for (int i = 1; i < t.size() && i <= MAX_DATIVE_HEAD && verb < 0; i++) {
            boolean inPhrase = own != null && t.start(i) >= own.start() && t.end(i) <= own.end();
            if (!inPhrase && DecreeWords.isInfinitive(t, i)) {
                verb = i;
            }
        }
        if (verb < 0) {
            return;
        }
        int headEnd = verb;
        if (own != null && own.start() < t.start(verb)) {
            headEnd = Math.max(0, t.indexAt(own.start()));
        }
        while (headEnd > 0 && t.isPunct(headEnd - 1, ',')) {
            headEnd--;
        }
        List<Assignee> who = headEnd > 0 ? List.copyOf(assignees.read(t, 0, headEnd)) : List.of();
        if (who.isEmpty()) {
            PropertyPath element = PropertyPath.of(CLAUSES).key(clause.number).property(ASSIGNMENT);
            warnings.add(Code.UNREAD_ASSIGNEE, element, clause.text.start, t.start(verb), Detail.none());
            return;
        }
        assign(clause, t, new Scope(who, null, null, own), own, verb);
    }

    private static final String[] ADDRESSEES = {
        "председател", "заместител", "секретар", "руководител", "уполномоченн", "инспектор", "инспекци", "отдел",
        "аппарат", "бухгалтер", "главн", "комисси", "управлени", "министерств", "совет", "президиум", "комитет",
        "профком", "член", "специалист", "юрист", "редакци", "первичн", "территориальн", "районн", "городск",
        "региональн", "областн", "местн", "профсоюзн", "ответственн", "правов", "внештатн", "техническ",
        "молодежн", "организаци", "всем", "департамент", "сектор", "казначе", "ревизионн", "контрольно",
        "профбюро", "профгрупп", "оргкомитет", "директор", "ректор", "заведующ", "начальник", "методист",
        "студенческ", "отраслев", "координационн", "выборн", "постоянн", "исполнительн", "федераци"};

    private static final String[] DATIVE_ENDINGS = {
        "ям", "ам", "ым", "им", "ому", "ему", "ой", "ей", "у", "ю", "и", "е"};

    /**
     * Tells whether a task opens with its addressee in the dative: a word naming an addressee
     * ("Председателям", "Аппарату", "Территориальным", "Правовой инспекции") with a dative ending, or a
     * person's surname with initials ("Пестовой О.А.").
     */
    private static boolean isDative(Tokens t, int i) {
        if (!t.isWord(i) || DecreeWords.isInfinitive(t, i)) {
            return false;
        }
        if (DecreeWords.isSurname(t, i) && DecreeWords.isInitial(t, i + 1)) {
            return true;
        }
        boolean addressee = false;
        for (String prefix : ADDRESSEES) {
            addressee |= t.startsWith(i, prefix);
        }
        // "-ми" is the instrumental ("Ответственными … назначить"), not an addressee.
        if (!addressee || t.endsWith(i, "ми")) {
            return false;
        }
        for (String ending : DATIVE_ENDINGS) {
            if (t.endsWith(i, ending)) {
                return true;
            }
        }
        return false;
    }

    private void leaf(DecreeDraft.Clause clause, Tokens t, Scope scope) {
        DeadlineMatch own = ownDeadline(clause, t, true);
        int verb = -1;
        if (scope.action == null) {
            for (int i = 0; i < t.size() && verb < 0; i++) {
                boolean inPhrase = own != null && t.start(i) >= own.start() && t.end(i) <= own.end();
                if (!inPhrase && DecreeWords.isInfinitive(t, i)) {
                    verb = i;
                }
            }
        }
        assign(clause, t, scope, own, verb);
    }

    private void assign(DecreeDraft.Clause clause, Tokens t, Scope scope, DeadlineMatch own, int verb) {
        DeadlineMatch deadline = own != null ? own : scope.deadline;
        String action;
        int from;
        if (verb >= 0) {
            action = TextNormalizer.normalize(text.subSequence(t.start(verb), t.end(verb)));
            from = t.end(verb);
        } else {
            action = scope.action != null ? scope.action : scope.verb;
            from = clause.text.start;
        }
        if (action == null) {
            // A dative scope's leaf without a verb: no action to read, so no assignment.
            return;
        }
        String subject = subject(from, clause.text.end, own);
        if (subject.isEmpty()) {
            subject = subject(clause.text.start, clause.text.end, null);
        }
        if (subject.isEmpty()) {
            return;
        }
        Deadline value = deadline != null ? deadline.deadline() : Deadline.unspecified();
        found.put(clause, new Found(Assignment.of(scope.assignees, action, subject, value),
                deadline != null ? deadline.span() : null));
    }

    /**
     * The clause's first deadline phrase. A phrase the grammar refuses, or one that needs the unknown
     * document date, is kept as an unresolved deadline with a warning: never a guessed window, never
     * dropped.
     */
    private DeadlineMatch ownDeadline(DecreeDraft.Clause clause, Tokens t, boolean task) {
        PropertyPath element = PropertyPath.of(CLAUSES).key(clause.number).property(ASSIGNMENT)
                .property(DEADLINE);
        List<DeadlineMatch> matches = DeadlineFinder.find(t, 0, t.size(), documentDate, policy,
                ProductionCalendar.russian(), DeadlineFinder.IGNORE, true);
        if (matches.isEmpty()) {
            return null;
        }
        for (DeadlineMatch match : matches) {
            if (!match.deadline().kind().isResolved()) {
                warnings.add(Code.UNRESOLVED_DEADLINE, element, match.start(), match.end(),
                        WarningDetails.unresolved(match.deadline()));
            }
        }
        // A phrase that resolves wins over one kept unresolved beside it ("своевременно … постоянно").
        DeadlineMatch chosen = matches.get(0);
        int resolved = 0;
        for (DeadlineMatch match : matches) {
            if (match.deadline().kind().isResolved()) {
                if (resolved == 0) {
                    chosen = match;
                }
                resolved++;
            }
        }
        if (task && resolved > 1) {
            warnings.add(Code.AMBIGUOUS_DEADLINE, element, matches.get(1).start(), matches.get(1).end(),
                    WarningDetails.severalDeadlines(resolved));
        }
        return chosen;
    }

    /** The text from {@code from} to {@code end} without the deadline phrase, trimmed of separators. */
    private String subject(int from, int end, DeadlineMatch phrase) {
        StringBuilder out = new StringBuilder(end - from + 1);
        if (phrase != null && phrase.start() >= from && phrase.end() <= end) {
            out.append(text, from, phrase.start()).append(' ').append(text, phrase.end(), end);
        } else {
            out.append(text, from, end);
        }
        return strip(TextNormalizer.normalize(out));
    }

    /**
     * Drops separators a removed phrase leaves at the start (",", "–") and one sentence-final ".", ":",
     * ";" or ",".
     *
     * @param text a normalised text
     * @return the stripped text, possibly empty
     */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (isSeparator(text.charAt(start)) || text.charAt(start) == ' ')) {
            start++;
        }
        if (end > start && ".:;,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == ':' || Chars.isDash(c);
    }
}
