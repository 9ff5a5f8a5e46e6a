package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UnresolvedDeadline;

/**
 * The details the decree parser attaches to its warnings, one factory per message, so that every key
 * the parser can produce is named here and has a Russian and an English text ({@code detail.key} in the
 * warnings bundle; the test of this class renders each in both languages). Arguments are clause
 * numbers, counts and names of constants, never a person's text.
 */
public final class WarningDetails {

    /** The key whose single argument names a {@link DeadlineParseException.ErrorType}. */
    public static final String DEADLINE_REFUSED = "deadlineRefused";
    /** The key whose single argument names a {@link DecreeNumberParseException.ErrorType}. */
    public static final String NUMBER_REFUSED = "numberRefused";
    /** The key whose two arguments name {@link BodyKind}s: the formula's, then the header's. */
    public static final String ISSUER_DISAGREES = "issuerDisagrees";
    /** An empty clause left out with its sub-clauses; argument 0 is their count. */
    public static final String SUB_CLAUSES_LEFT_OUT = "subClausesLeftOut";
    /** Several resolved deadline phrases in one task; argument 0 is their count. */
    public static final String SEVERAL_DEADLINES = "severalDeadlines";

    private WarningDetails() {
    }

    /**
     * The formula and the header name different bodies.
     *
     * @param formula the formula's body
     * @param header the header's body
     * @return the detail
     */
    public static Detail issuerDisagrees(BodyKind formula, BodyKind header) {
        return Detail.of(ISSUER_DISAGREES, formula.name(), header.name());
    }

    /**
     * An empty clause was left out together with its sub-clauses.
     *
     * @param count how many sub-clauses, at least 1
     * @return the detail
     */
    public static Detail subClausesLeftOut(int count) {
        return Detail.of(SUB_CLAUSES_LEFT_OUT, Integer.toString(count));
    }

    /**
     * A reference-shaped text was not a reference.
     *
     * @param why the finder's reason
     * @return the detail
     */
    public static Detail reference(ReferenceFinder.Rejection why) {
        return Detail.of("reference." + why.name());
    }

    /**
     * The clause that holds an unreadable control clause.
     *
     * @param number the clause's number
     * @return the detail
     */
    public static Detail inClause(ClauseNumber number) {
        return Detail.of("inClause", number.toString());
    }

    /**
     * The deadline grammar refused a phrase.
     *
     * @param type the parser's reason
     * @return the detail
     */
    public static Detail deadlineRefused(DeadlineParseException.ErrorType type) {
        return Detail.of(DEADLINE_REFUSED, type.name());
    }

    /**
     * Why a deadline found in a clause stays unresolved.
     *
     * @param deadline a deadline whose kind is not resolved
     * @return the detail
     */
    public static Detail unresolved(Deadline deadline) {
        if (deadline instanceof UnresolvedDeadline u) {
            return u.refusal().map(r -> Detail.of(DEADLINE_REFUSED, r.name()))
                    .orElseGet(() -> Detail.of("deadlineNeedsDate"));
        }
        return Detail.of("afterEvent");
    }

    /**
     * A decree number that the number grammar refused.
     *
     * @param type the number parser's reason
     * @return the detail
     */
    public static Detail numberRefused(DecreeNumberParseException.ErrorType type) {
        return Detail.of(NUMBER_REFUSED, type.name());
    }

    /**
     * Several deadline phrases resolve in one task.
     *
     * @param count how many resolved, at least 2
     * @return the detail
     */
    public static Detail severalDeadlines(int count) {
        return Detail.of(SEVERAL_DEADLINES, Integer.toString(count));
    }

    /**
     * A clause number that is not the one expected.
     *
     * @param found the number in the text
     * @param expected the number that was expected
     * @return the detail
     */
    public static Detail numberingGap(ClauseNumber found, ClauseNumber expected) {
        return Detail.of("numberingGap", found.toString(), expected.toString());
    }

    /**
     * The parent clause a sub-clause needs and the document lacks.
     *
     * @param parent the number of the missing parent
     * @return the detail
     */
    public static Detail missingParent(ClauseNumber parent) {
        return Detail.of("missingParent", parent.toString());
    }

    /**
     * A clause number nested deeper than the model allows.
     *
     * @return the detail
     */
    public static Detail tooDeep() {
        return Detail.of("tooDeep", Integer.toString(ClauseNumber.MAX_DEPTH));
    }

    /**
     * A clause number with a part of 0 or above the model's maximum.
     *
     * @return the detail
     */
    public static Detail partOutOfRange() {
        return Detail.of("partOutOfRange", Integer.toString(ClauseNumber.MAX_PART));
    }

    /**
     * A detail that is a fixed sentence: {@code key} names it.
     *
     * @param key the sentence
     * @return the detail
     */
    public static Detail fixed(Fixed key) {
        return Detail.of(key.key);
    }

    /** The details that are a fixed sentence. */
    public enum Fixed {
        /** The tasks are in items, and no item names who does them. */
        TASKS_IN_ITEMS("tasksInItems"),
        /** A deadline inside an item, so the assignment of the clause keeps none. */
        DEADLINE_INSIDE_ITEM("deadlineInsideItem"),
        /** The clauses start without an operative formula. */
        NO_OPERATIVE_FORMULA("noOperativeFormula"),
        /** A date with no year, or a day that does not exist. */
        NO_YEAR_OR_DAY("noYearOrDay"),
        /** An annex starts; it is not read. */
        ANNEX_NOT_READ("annexNotRead"),
        /** A second signature; only the first is kept. */
        SECOND_SIGNATURE("secondSignature"),
        /** A bullet before the first clause. */
        BULLET_BEFORE_FIRST_CLAUSE("bulletBeforeFirstClause"),
        /** A control paragraph without a number. */
        UNNUMBERED_CONTROL("unnumberedControl"),
        /** Text before the first clause. */
        TEXT_BEFORE_FIRST_CLAUSE("textBeforeFirstClause");

        private final String key;

        Fixed(String key) {
            this.key = key;
        }
    }
}
