package io.github.unionkit.io.text.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.corpus.CorpusScorer.Scored;
import io.github.unionkit.io.text.corpus.CorpusScorer.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One focused test per layout family of issue 9: the facts of a corpus decree that the layout is about
 * must be exactly right (not merely warned). A test is disabled only where today's parser fails it;
 * the reason names the layout, and the lead enables it with the parser rewrite.
 */
class DecreeCorpusLayoutTest {

    /** Asserts that every fact of {@code decree} whose key starts with one of {@code keys} is RIGHT. */
    private static void exact(String decree, String... keys) {
        List<Scored> wrong = CorpusScorer.score(decree).facts().stream()
                .filter(s -> keys.length == 0 || startsWithAny(s.fact().key(), keys))
                .filter(s -> s.verdict() != Verdict.RIGHT)
                .toList();
        assertThat(wrong).as(decree + " " + String.join(",", keys)).isEmpty();
    }

    private static boolean startsWithAny(String key, String[] prefixes) {
        for (String p : prefixes) {
            if (key.equals(p) || key.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- header

    @Test
    void spacedBodyLetters() {
        exact("02-spaced-presidium-regional", "number", "date", "body", "issuer");
    }

    @Test
    void numberBeforeDateOnOneLine() {
        exact("03-federation-number-before-date", "number", "date", "title");
    }

    @Test
    void dateCityNumberSeparatedByTabs() {
        exact("04-city-presidium-tabs", "number", "date", "title");
    }

    @Test
    void dateCityNumberSeparatedBySpaces() {
        exact("31-attachments-numbered", "number", "date", "title");
    }

    @Test
    void numericDateWithTwoDigitYear() {
        exact("05-university-ppo-two-digit-year", "number", "date", "title");
    }

    @Test
    void quotedDayOnItsOwnLines() {
        exact("06-krai-plenum-quoted-day", "number", "date", "title");
    }

    @Test
    void numberAndDateOnlyInHeadingLine() {
        exact("07-number-in-heading-line", "number", "date", "title");
    }

    @Test
    void bodyOnTheOrganizationLine() {
        exact("44-body-on-header-line-no-colon", "number", "date", "body", "issuer");
    }

    @Test
    void severalOrganizationLines() {
        exact("36-several-org-lines-body-alone", "number", "date", "body", "issuer");
    }

    @Test
    void pageFurnitureSkippedWithWarnings() {
        exact("08-students-site-furniture", "warning", "signatory");
    }

    @Test
    void multiLineTitle() {
        exact("36-several-org-lines-body-alone", "title");
    }

    // ---------------------------------------------------------------- preamble and formula

    @Test
    void formulaEndingThePreambleKeepsItsReferences() {
        exact("09-district-formula-ends-preamble", "reference", "formula");
    }

    @Test
    void otherBodyInThePreambleIsNotTheIssuer() {
        exact("41-federation-reshil-fnpr-in-preamble", "body", "reference");
    }

    @Test
    void formulaVariants() {
        exact("10-presidium-postanovil-no-colon", "formula");
        exact("11-ppo-general-meeting-reshilo", "formula");
        exact("39-students-presidium-spaced-formula", "formula");
        exact("42-presidium-postanovili", "formula");
    }

    // ---------------------------------------------------------------- clauses

    @Test
    void clauseNumberForms() {
        exact("01-ppo-school-profkom", "clauses");
        exact("24-no-space-after-number-deep", "clauses");
    }

    @Test
    void unnumberedOperativePartOneParagraph() {
        exact("21-unnumbered-one-paragraph");
    }

    @Test
    void unnumberedOperativePartWithDashList() {
        exact("22-unnumbered-dash-list", "clauses", "items");
    }

    @Test
    void bulletsAreItemsOfTheirClause() {
        exact("23-bullet-variety", "clauses", "items");
        exact("35-word-bullets", "clauses", "items");
    }

    @Test
    void numberingGapKeptAsSigned() {
        exact("20-clause-numbering-gap", "clauses", "warning");
    }

    // ---------------------------------------------------------------- assignments and deadlines

    @Test
    void predlozhitRekomendovatObyazat() {
        exact("26-predlozhit-rekomendovat-obyazat", "assignee", "deadline");
    }

    @Test
    void dativeLedTasks() {
        exact("25-dative-tasks", "assignee", "deadline");
    }

    @Test
    void namedListAndTerritorialRights() {
        exact("27-named-list-and-territorial-rights", "assignee");
    }

    @Test
    void officersAndPersons() {
        exact("28-officers-and-persons", "assignee");
    }

    @Test
    void refusedDeadlinesAreUnresolvedWithWarnings() {
        exact("29-refused-deadline-forms", "deadline", "warning");
    }

    @Test
    void deadlinesOfADecreeWithoutAReadableDate() {
        exact("19-unreadable-date", "date", "deadline");
    }

    // ---------------------------------------------------------------- control, signature, after

    @Test
    void controlKeptByTheSignatory() {
        exact("09-district-formula-ends-preamble", "control");
    }

    @Test
    void controlLeftWithThePresidium() {
        exact("30-control-ostavit-za-presidium", "control");
    }

    @Test
    void severalControllers() {
        exact("02-spaced-presidium-regional", "control");
    }

    @Test
    void attachmentsAreNotClausesNorSignatory() {
        exact("31-attachments-numbered", "clauses", "signatory", "attachment");
    }

    @Test
    void textAfterTheSignatureIsWarned() {
        exact("32-attachment-and-text-after-signature", "signatory", "attachment", "warning");
    }

    @Test
    void initialsAfterTheSurname() {
        exact("36-several-org-lines-body-alone", "signatory");
    }

    // ---------------------------------------------------------------- special decrees

    @Test
    void jointDecreeReadWithoutWrongOutput() {
        exact("17-joint-decree");
    }

    @Test
    void draftHasNoNumberNorDate() {
        exact("18-draft-no-number", "draft", "number", "date");
    }

    // ---------------------------------------------------------------- text as it arrives

    @Test
    void bomAndCrlf() {
        exact("33-bom-crlf");
    }

    @Test
    void noBreakThinSpacesSoftHyphensTabs() {
        exact("34-nbsp-thin-soft-hyphen", "number", "date", "title", "clauses", "control", "signatory");
    }

    // ---------------------------------------------------------------- bodies at every level

    @Test
    void bodiesAtEveryLevel() {
        exact("01-ppo-school-profkom", "body");
        exact("11-ppo-general-meeting-reshilo", "body");
        exact("37-conference-postanovila", "body");
        exact("38-audit-commission", "body");
        exact("12-healthcare-obkom-presidium", "body");
        exact("14-national-executive-committee", "body");
        exact("15-central-council-two-days", "body");
        exact("40-fnpr-executive-committee", "body");
    }

    @Test
    void multiDayMeeting() {
        exact("15-central-council-two-days", "date");
        exact("47-regional-committee-two-days-heading", "date");
    }
}
