package io.github.unionkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed decree № 3-1 of the Astrakhan regional committee as JSON, compared byte for byte with the
 * committed golden file (indented, stable key order, trailing newline).
 *
 * <p>To regenerate after a deliberate format change, run this test with
 * {@code -Dunionkit.golden.update=true} and review the diff.
 */
class GoldenFileTest {

    private static final String GOLDEN = "/golden/astrakhan-committee-decree-3-1-2020.json";

    private static byte[] golden() throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s", GOLDEN).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void seedDecreeIsWrittenExactlyAsTheGoldenFile() throws IOException {
        byte[] written = UnionJson.toDocument(SeedResolutions.astrakhan3of1()).getBytes(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("unionkit.golden.update")) {
            Files.write(Path.of("src/test/resources" + GOLDEN), written);
        }
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(golden());
    }

    @Test
    void goldenFileReadsBackIntoTheSeedDecree() throws IOException {
        Resolution read = UnionJson.read(UnionJson.mapper(), new String(golden(), StandardCharsets.UTF_8),
                Resolution.class);
        assertThat(read).isEqualTo(SeedResolutions.astrakhan3of1());
    }

    @Test
    void goldenFileEndsWithExactlyOneNewlineAndUsesLineFeedsOnly() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }
}
