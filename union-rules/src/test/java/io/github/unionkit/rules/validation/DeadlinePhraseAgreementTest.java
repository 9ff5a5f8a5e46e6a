package io.github.unionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.rules.RuleContext;
import io.github.unionkit.rules.constraints.DeadlinePhrase;
import io.github.unionkit.rules.constraints.internal.BuiltInDeadlineRecognizer;
import io.github.unionkit.rules.constraints.internal.DeadlinePhrases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One deadline recognizer (decision 0026): with union-text present, {@code @DeadlinePhrase} accepts a
 * phrase exactly when {@link RussianDeadlines#parse} reads it, for every string of union-text's deadline
 * tests.
 *
 * <p>The phrases are read from the sources of union-text's {@code *Deadline*Test.java} files, so a
 * phrase added to the grammar's tests is checked here without being copied. A constraint has no
 * document date: a refusal that only the document date causes ({@code BEFORE_DOCUMENT_DATE}) counts as
 * a deadline phrase.
 */
public class DeadlinePhraseAgreementTest {

    /** Public because {@code DeadlinePhraseTest} in another package reuses this class's bean. */
    public DeadlinePhraseAgreementTest() {
    }

    static {
        // The tests run inside module io.github.unionkit.rules, which must not read union-text (it only
        // finds its service); this test calls the parser directly, so it adds the edge for itself.
        ModuleLayer.boot().findModule("io.github.unionkit.text")
                .ifPresent(DeadlinePhraseAgreementTest.class.getModule()::addReads);
    }

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);
    private static final RuleContext CONTEXT = RuleContext.of(DOC);
    private static final UnionValidator VALIDATOR = UnionValidator.create();
    private static final Path TEXT_TESTS = Path.of(System.getProperty("uk.text.tests", "../union-text/src/test/java"));

    /** The phrases of issue 16 on which the built-in recognizer and the parser disagreed. */
    private static final List<String> ISSUE_16 = List.of("29 декабря 2020 г.", "в течение месяца",
            "20-21 мая 2016 года", "на 2020-2025 годы", "продолжить работу", "до 1.03.2021", "до 31 февраля 2021 г.");

    /** A bean of another system (also used by {@code DeadlinePhraseTest}). */
    public static final class Task {
        private final String deadline;

        public Task(String deadline) {
            this.deadline = deadline;
        }

        @DeadlinePhrase
        public String deadline() {
            return deadline;
        }
    }

    @Test
    void theConstraintUsesUnionTextsGrammar() {
        assertThat(DeadlinePhrases.recognizer().getClass().getName())
                .isEqualTo("io.github.unionkit.io.text.internal.GrammarDeadlinePhraseRecognizer");
    }

    @Test
    void theConstraintAndTheParserAgreeOnEveryPhraseOfTheDeadlineTests() throws IOException {
        Set<String> phrases = new LinkedHashSet<>(ISSUE_16);
        phrases.addAll(literalsOfDeadlineTests());
        assertThat(phrases).as("strings read from %s", TEXT_TESTS).hasSizeGreaterThan(150);

        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (String phrase : phrases) {
            boolean parses = parses(phrase);
            accepted += parses ? 1 : 0;
            boolean valid = VALIDATOR.validate(new Task(phrase), CONTEXT).violations().isEmpty();
            if (valid != parses) {
                disagreements.add((parses ? "parser reads, constraint refuses: " : "constraint accepts, parser refuses: ")
                        + "«" + phrase + "»");
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("phrases the parser reads").isGreaterThan(100);
    }

    @Test
    void theIssuesPhrasesAreJudgedAsTheParserJudgesThem() {
        for (String phrase : ISSUE_16.subList(0, 6)) {
            assertThat(VALIDATOR.validate(new Task(phrase), CONTEXT).violations()).as(phrase).isEmpty();
        }
        assertThat(VALIDATOR.validate(new Task("до 31 февраля 2021 г."), CONTEXT).violations()).hasSize(1);
        assertThat(VALIDATOR.validate(new Task("до 29 декабря 2020 г."), RuleContext.of(LocalDate.of(2030, 1, 1)))
                .violations()).as("no document date in a constraint").isEmpty();
    }

    @Test
    void theBuiltInFallbackStillReadsTheCommonShapes() {
        BuiltInDeadlineRecognizer fallback = new BuiltInDeadlineRecognizer();
        assertThat(fallback.isDeadlinePhrase("до 29 декабря 2020 г.")).isTrue();
        assertThat(fallback.isDeadlinePhrase("в первом квартале 2021 года")).isTrue();
        assertThat(fallback.isDeadlinePhrase("когда-нибудь")).isFalse();
    }

    private static boolean parses(String phrase) {
        try {
            RussianDeadlines.parse(phrase, DOC);
            return true;
        } catch (DeadlineParseException e) {
            return e.errorType() == DeadlineParseException.ErrorType.BEFORE_DOCUMENT_DATE;
        }
    }

    private static Set<String> literalsOfDeadlineTests() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TEXT_TESTS)) {
            files = walk.filter(p -> p.getFileName().toString().contains("Deadline")
                    && p.getFileName().toString().endsWith("Test.java")).sorted().collect(Collectors.toList());
        }
        assertThat(files).as("union-text's deadline tests under %s", TEXT_TESTS).isNotEmpty();
        Set<String> literals = new LinkedHashSet<>();
        for (Path file : files) {
            literals.addAll(stringLiterals(Files.readString(file, StandardCharsets.UTF_8)));
        }
        return literals;
    }

    /** The string literals of Java source (not text blocks, not comments), unescaped. */
    static List<String> stringLiterals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = lineEnd(source, i);
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end;
                String before = source.substring(Math.max(0, i - 120), i);
                if (before.contains("@CsvSource(")) {
                    out.addAll(firstColumns(source.substring(i + 3, stop), before.contains("delimiter = '|'") ? '|' : ','));
                }
                i = end < 0 ? n : end + 3;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < n && source.charAt(i) != '"') {
                    char d = source.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        char e = source.charAt(++i);
                        if (e == 'u') {
                            int at = i;
                            while (at < n && source.charAt(at) == 'u') {
                                at++;
                            }
                            literal.append((char) Integer.parseInt(source.substring(at, at + 4), 16));
                            i = at + 3;
                        } else {
                            literal.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                        }
                    } else {
                        literal.append(d);
                    }
                    i++;
                }
                i++;
                if (!literal.toString().isBlank()) {
                    out.add(literal.toString());
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /** The first column of each row of a {@code @CsvSource} text block (comment rows skipped). */
    private static List<String> firstColumns(String block, char delimiter) {
        List<String> out = new ArrayList<>();
        for (String line : block.split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String first;
            if (row.startsWith("'")) {
                int close = row.indexOf('\'', 1);
                first = close < 0 ? row.substring(1) : row.substring(1, close);
            } else {
                int at = row.indexOf(delimiter);
                first = (at < 0 ? row : row.substring(0, at)).strip();
            }
            if (!first.isBlank()) {
                out.add(first);
            }
        }
        return out;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end + 1;
    }

    private static int skipQuoted(String source, int from, char quote) {
        int i = from + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
