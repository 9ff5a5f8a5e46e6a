package io.github.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.text.RussianDeadlines;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.testkit.DocSnippets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Java snippet of docs/deadlines.md is this test's code, and it gives what its comments say. */
class DeadlinesDocSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "deadlines.md");
    private static final Path THIS_SOURCE =
            Path.of("src", "test", "java", "io", "github", "unionkit", "io", "DeadlinesDocSnippetsTest.java");

    @Test
    void thePageShowsExactlyTheSnippetsThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("deadline");
        assertThat(DocSnippets.block(PAGE, "deadline")).isEqualTo(DocSnippets.region(THIS_SOURCE, "deadline"));
    }

    @Test
    void deadline() {
        // snippet-begin deadline
        Deadline deadline = RussianDeadlines.parse("в первом квартале 2021 г.", LocalDate.of(2020, 12, 18));
        deadline.window();                                 // 2021-01-01/2021-04-01 (end exclusive)
        deadline.window().getEndInclusive();               // 2021-03-31
        deadline.lastDay();                                // Optional[2021-03-31]
        deadline.statusAsOf(LocalDate.of(2021, 2, 15));    // DUE
        // snippet-end deadline

        assertThat(deadline.window()).hasToString("2021-01-01/2021-04-01");
        assertThat(deadline.window().getEndInclusive()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(deadline.lastDay()).isEqualTo(Optional.of(LocalDate.of(2021, 3, 31)));
        assertThat(deadline.statusAsOf(LocalDate.of(2021, 2, 15))).isEqualTo(DeadlineStatus.DUE);
    }
}
