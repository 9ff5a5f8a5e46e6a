package io.github.unionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocSnippetsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void namedBlocksAndRegionsCompareCharacterForCharacter() throws IOException {
        Path page = write("page.md", "# Page\n\n<!-- snippet: first -->\n```java\nint a = 1;\n\n    a++;\n```\n\n"
                + "```xml\n<a/>\n```\n\n```java\nint b;\n```\n");
        Path source = write("Source.java", "class Source {\n    void m() {\n        // snippet-begin first\n"
                + "        int a = 1;\n\n            a++;\n        // snippet-end first\n    }\n}\n");

        assertThat(DocSnippets.block(page, "first")).isEqualTo("int a = 1;\n\n    a++;")
                .isEqualTo(DocSnippets.region(source, "first"));
        assertThat(DocSnippets.names(page, "java")).containsExactly("first", "");
        assertThat(DocSnippets.blocks(page)).extracting(DocSnippets.Block::language, DocSnippets.Block::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("java", 4),
                        org.assertj.core.groups.Tuple.tuple("xml", 10), org.assertj.core.groups.Tuple.tuple("java", 14));
    }

    @Test
    void missingDoubledAndUnclosedSnippetsAreErrors() throws IOException {
        Path page = write("page.md", "<!-- snippet: x -->\n```java\na\n```\n<!-- snippet: x -->\n```java\nb\n```\n");
        Path unclosed = write("unclosed.md", "```java\na\n");
        Path source = write("S.java", "// snippet-begin y\n");

        assertThatThrownBy(() -> DocSnippets.block(page, "x")).hasMessageContaining("2 blocks named x");
        assertThatThrownBy(() -> DocSnippets.block(page, "z")).hasMessageContaining("0 blocks named z");
        assertThatThrownBy(() -> DocSnippets.blocks(unclosed)).hasMessageContaining(":1: the block is not closed");
        assertThatThrownBy(() -> DocSnippets.region(source, "y")).hasMessageContaining("no // snippet-end y");
    }
}
