package io.github.unionkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.examples.jpms.JpmsConsumerTest;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of docs/guide/getting-started.md compile and run: the program is {@link FirstLines},
 * character for character, and prints what its comments say; the module declaration is compiled from
 * the page itself with {@code javac} on a module path of UnionKit's jars and run with {@code java --module}.
 */
class GuideGettingStartedSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "guide", "getting-started.md");
    private static final Path FIRST_LINES =
            Path.of("src", "test", "java", "io", "github", "unionkit", "examples", "docs", "FirstLines.java");

    @TempDir
    Path dir;

    @Test
    void thePageShowsExactlyTheProgramThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("first-lines", "module-declaration");
        assertThat(DocSnippets.block(PAGE, "first-lines")).isEqualTo(DocSnippets.region(FIRST_LINES, "first-lines"));
    }

    @Test
    void theProgramPrintsWhatItsCommentsSayAndTheSeedDecreesFindings() throws Exception {
        Path decree = Files.writeString(dir.resolve("decree.txt"), SeedResolutions.astrakhan3of1Text(),
                StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            FirstLines.main(new String[] {decree.toString()});
        } finally {
            System.setOut(original);
        }
        List<String> printed = buffer.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(printed).startsWith("3-1", "Optional[2020-12-28]", "OVERDUE");
        // The seed decree breaks no rule, but the catalogue has notes on it (see "union check").
        assertThat(printed.subList(3, printed.size())).isNotEmpty().allMatch(line -> line.startsWith("UK-"));
    }

    @Test
    void theModuleDeclarationCompilesAndFindsUnionKitsJacksonModule() throws Exception {
        Path sources = dir.resolve("src");
        Files.createDirectories(sources.resolve("com/example/app"));
        Files.writeString(sources.resolve("module-info.java"), DocSnippets.block(PAGE, "module-declaration") + "\n",
                StandardCharsets.UTF_8);
        // A class of the application: findAndAddModules() must find UnionModule through the declared `uses`.
        Files.writeString(sources.resolve("com/example/app/App.java"), String.join("\n",
                "package com.example.app;",
                "",
                "import io.github.unionkit.io.text.RussianDeadlines;",
                "import tools.jackson.databind.json.JsonMapper;",
                "",
                "/** The guide's application. */",
                "public final class App {",
                "    private App() {",
                "    }",
                "",
                "    /**",
                "     * Writes a deadline with a mapper built by findAndAddModules().",
                "     *",
                "     * @param args none",
                "     */",
                "    public static void main(String[] args) {",
                "        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();",
                "        System.out.println(mapper.writeValueAsString(RussianDeadlines.parse(\"в первом квартале 2021 г.\",",
                "                java.time.LocalDate.of(2020, 12, 18))));",
                "    }",
                "}",
                ""), StandardCharsets.UTF_8);

        String out = JpmsConsumerTest.compileAndRun(sources, dir.resolve("work"), "com.example.app/com.example.app.App");

        assertThat(out).contains("\"phrase\":\"в первом квартале 2021 г.\"");
    }
}
