package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every command output shown in the docs true: a plain code block marked
 * {@code <!-- output-of: ARGS -->}, or starting with {@code $ java -jar examples/target/union.jar ARGS},
 * is what {@code union ARGS} prints (today is pinned to {@link CliRun#TODAY}; the docs pin dates with
 * {@code --as-of}). A line {@code ...} in a block stands for lines left out; the other lines must be
 * printed exactly, in that order. A block that looks like output and is not marked fails the build.
 */
class DocsOutputTest {

    private static final Path ROOT = Path.of("..");
    private static final String MARKER = "<!-- output-of: ";
    private static final String PROMPT = "$ java -jar examples/target/union.jar ";

    /** One block of a doc that shows a command's output. */
    record Shown(Path file, int line, List<String> args, List<String> lines) {
    }

    @Test
    void everyOutputShownInTheDocsIsWhatTheCommandPrints() {
        List<Shown> shown = shownOutputs();
        assertThat(shown).as("marked output blocks").hasSizeGreaterThanOrEqualTo(3);
        for (Shown block : shown) {
            CliRun run = CliRun.runWithLocale(Locale.ENGLISH, block.args().toArray(String[]::new));
            List<String> printed = (run.out + run.err).lines().map(DocsOutputTest::stripEnd).toList();
            assertShown(block, printed);
        }
    }

    @Test
    void noBlockLooksLikeOutputWithoutBeingMarked() {
        for (Path file : docs()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals("```") || i + 1 >= lines.size()) {
                    continue;
                }
                String first = lines.get(i + 1);
                boolean looksLikeOutput = first.matches("union( [a-z]+)*: .*") || first.startsWith("$ ");
                boolean marked = i > 0 && lines.get(i - 1).startsWith(MARKER) || first.startsWith(PROMPT);
                assertThat(!looksLikeOutput || marked).as("%s:%d shows output without a marker", file, i + 1).isTrue();
                i = closing(lines, i);
            }
        }
    }

    @Test
    void theMatcherRejectsALineTheCommandDoesNotPrint() {
        Shown wrong = new Shown(Path.of("x.md"), 1, List.of("number", "3-1"), List.of("Canonical form  3-2"));
        List<String> printed = CliRun.run("number", "3-1").out.lines().map(DocsOutputTest::stripEnd).toList();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertShown(wrong, printed))
                .isInstanceOf(AssertionError.class);
    }

    private static void assertShown(Shown block, List<String> printed) {
        boolean excerpt = block.lines().stream().anyMatch(l -> l.strip().equals("..."));
        String where = block.file() + ":" + block.line() + " (union " + String.join(" ", block.args()) + ")";
        if (!excerpt) {
            assertThat(printed).as(where).containsExactlyElementsOf(block.lines());
            return;
        }
        int at = 0;
        for (String expected : block.lines()) {
            if (expected.strip().equals("...")) {
                continue;
            }
            int found = printed.subList(at, printed.size()).indexOf(expected);
            assertThat(found).as("%s: line not printed (in this order): «%s»%n--- printed ---%n%s", where, expected,
                    String.join("\n", printed)).isGreaterThanOrEqualTo(0);
            at += found + 1;
        }
    }

    private static List<Shown> shownOutputs() {
        List<Shown> shown = new ArrayList<>();
        for (Path file : docs()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals("```")) {
                    continue;
                }
                int end = closing(lines, i);
                List<String> body = lines.subList(i + 1, end).stream().map(DocsOutputTest::stripEnd).toList();
                String before = i > 0 ? lines.get(i - 1) : "";
                if (before.startsWith(MARKER) && before.endsWith(" -->")) {
                    String args = before.substring(MARKER.length(), before.length() - 4);
                    shown.add(new Shown(file, i + 2, words(args), body));
                } else if (!body.isEmpty() && body.get(0).startsWith(PROMPT)) {
                    shown.add(new Shown(file, i + 2, words(body.get(0).substring(PROMPT.length())),
                            body.subList(1, body.size())));
                }
                i = end;
            }
        }
        return shown;
    }

    private static int closing(List<String> lines, int open) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).equals("```")) {
                return j;
            }
        }
        return lines.size();
    }

    /** Splits a command line at spaces, keeping "double-quoted words" together. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<Path> docs() {
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            List<Path> all = new ArrayList<>(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            all.add(ROOT.resolve("README.md"));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripEnd(String line) {
        return line.stripTrailing();
    }
}
