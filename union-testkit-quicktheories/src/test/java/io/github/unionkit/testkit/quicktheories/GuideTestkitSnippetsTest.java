package io.github.unionkit.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.DeadlineStatus;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.DocSnippets;
import io.github.unionkit.testkit.ResolutionGenerators;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of docs/guide/testkit.md are this class's code, character for character, and run
 * (this module has both the generators and the QuickTheories adapter the page uses).
 */
class GuideTestkitSnippetsTest {

    private static final Path PAGE = Path.of("..", "docs", "guide", "testkit.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "io", "github", "unionkit", "testkit",
            "quicktheories", "GuideTestkitSnippetsTest.java");

    @Test
    void thePageShowsExactlyTheSnippetsThisTestRuns() {
        assertThat(DocSnippets.names(PAGE, "java")).containsExactly("seeded-loop", "quicktheories");
        for (String name : DocSnippets.names(PAGE, "java")) {
            assertThat(DocSnippets.block(PAGE, name)).as(name).isEqualTo(DocSnippets.region(THIS_SOURCE, name));
        }
    }

    @Test
    void aPlainSeededLoop() {
        // snippet-begin seeded-loop
        SplittableRandom random = new SplittableRandom(20201218L);
        for (int i = 0; i < 200; i++) {
            Resolution resolution = ResolutionGenerators.resolutions().generate(random);
            // check a property of your code
        }
        // snippet-end seeded-loop

        // "the same seed gives the same values"
        assertThat(ResolutionGenerators.resolutions().generate(new SplittableRandom(20201218L)))
                .isEqualTo(ResolutionGenerators.resolutions().generate(new SplittableRandom(20201218L)));
    }

    @Test
    void quickTheories() {
        // snippet-begin quicktheories
        qt().withFixedSeed(20201218L).withExamples(300)
            .forAll(QuickTheoriesGenerators.from(DeadlineGenerators.deadlinesWithLastDay()))
            .checkAssert(d -> assertThat(d.statusAsOf(d.lastDay().orElseThrow())).isEqualTo(DeadlineStatus.DUE));
        // snippet-end quicktheories
    }
}
