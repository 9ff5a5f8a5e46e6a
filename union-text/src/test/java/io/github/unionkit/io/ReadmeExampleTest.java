package io.github.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.DecreeReferences;
import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.testkit.DocSnippets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's usage example honest: the snippet below is the README's, character for
 * character, and what it prints is what the README's comments say.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE =
            Path.of("src", "test", "java", "io", "github", "unionkit", "io", "ReadmeExampleTest.java");

    @Test
    void readmeExamplePrintsWhatItsCommentsSay() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            readmeExample();
        } finally {
            System.setOut(original);
        }
        List<String> printed = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed).containsExactly(
                "3-1", "3", "2021-01-01/2021-04-01", "2020-12-28", "OVERDUE", "27-5 2018-12-18/2018-12-19");
    }

    @Test
    void readmeShowsExactlyTheSnippetThisTestRuns() {
        assertThat(DocSnippets.names(README, "java")).containsExactly("usage");
        assertThat(DocSnippets.block(README, "usage")).isEqualTo(DocSnippets.region(THIS_SOURCE, "usage"));
    }

    @SuppressWarnings("checkstyle:all")
    private static void readmeExample() {
        // snippet-begin usage
        LocalDate adopted = LocalDate.of(2020, 12, 18);

        DecreeNumber number = DecreeNumber.parse("№ 3- 1");          // stray spaces are normal input
        System.out.println(number);                                    // 3-1
        System.out.println(number.meetingNumber().getAsInt());         // 3

        Deadline q1 = RussianDeadlines.parse("в первом квартале 2021 г.", adopted);
        System.out.println(q1.window());                               // 2021-01-01/2021-04-01
        Deadline until = RussianDeadlines.parse("До 29 декабря 2020 г.", adopted);
        System.out.println(until.lastDay().orElseThrow());             // 2020-12-28: "до" excludes the day
        System.out.println(until.statusAsOf(LocalDate.of(2020, 12, 29))); // OVERDUE

        List<DecreeReference> refs = DecreeReferences.findAll(
                "постановления Президиума № 27-5 от 18.12.2018", adopted);
        System.out.println(refs.get(0).number() + " " + refs.get(0).dates()); // 27-5 2018-12-18/2018-12-19
        // snippet-end usage
    }
}
