package io.github.unionkit.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps code shown in documentation identical to code that a test compiles and runs.
 *
 * <p>A Markdown page names a fenced block with a comment on the line before its fence:
 * <pre>{@code
 * <!-- snippet: first-deadline -->
 * ```java
 * Deadline d = RussianDeadlines.parse("до 29 декабря 2020 г.", date);
 * ```
 * }</pre>
 * and a test source holds the same code between two line comments, at any indentation:
 * <pre>{@code
 * // snippet-begin first-deadline
 * Deadline d = RussianDeadlines.parse("до 29 декабря 2020 г.", date);
 * // snippet-end first-deadline
 * }</pre>
 * A test then asserts {@code block(page, name)} equals {@code region(source, name)}, so the page and the
 * compiled code cannot drift apart, and that {@link #blocks(Path)} of the page's language are all named,
 * so a new block cannot be added untested. Names identify blocks rather than their positions because a
 * page is edited: inserting a block must not silently shift which code each test compares.
 *
 * <p>Engine-neutral (no test framework): failures are {@link IllegalArgumentException}s naming the
 * file and the snippet, and reading failures are {@link UncheckedIOException}s. Files are UTF-8.
 */
public final class DocSnippets {

    private static final Pattern NAME = Pattern.compile("<!--\\s*snippet:\\s*(\\S+)\\s*-->");
    private static final String FENCE = "```";

    private DocSnippets() {
    }

    /**
     * One fenced block of a Markdown page.
     *
     * @param language the info string after the opening fence up to the first blank ({@code "java"}),
     *                 {@code ""} when there is none
     * @param name the name given by a {@code <!-- snippet: NAME -->} line right before the fence,
     *             {@code ""} when the block has none
     * @param line the 1-based line number of the opening fence
     * @param code the lines between the fences, joined with {@code "\n"}, without a final line break
     */
    public record Block(String language, String name, int line, String code) {

        /**
         * Checks the components.
         *
         * @param language the block's language
         * @param name the block's name
         * @param line the line of its opening fence
         * @param code its content
         */
        public Block {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Every fenced block of a Markdown page, in the order of the page.
     *
     * @param markdown the page
     * @return its blocks
     * @throws IllegalArgumentException if a block is not closed
     */
    public static List<Block> blocks(Path markdown) {
        List<String> lines = read(markdown);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String opening = lines.get(i).strip();
            if (!opening.startsWith(FENCE)) {
                continue;
            }
            String info = opening.substring(FENCE.length()).strip();
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            Matcher name = i > 0 ? NAME.matcher(lines.get(i - 1).strip()) : null;
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException(markdown + ":" + (i + 1) + ": the block is not closed");
            }
            blocks.add(new Block(language, name != null && name.matches() ? name.group(1) : "", i + 1,
                    String.join("\n", lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    /**
     * The names of a page's blocks of one language, in order; an unnamed block appears as {@code ""}.
     *
     * @param markdown the page
     * @param language the language, such as {@code "java"}
     * @return the names
     */
    public static List<String> names(Path markdown, String language) {
        return blocks(markdown).stream().filter(b -> b.language().equals(language)).map(Block::name).toList();
    }

    /**
     * The code of the page's block of that name.
     *
     * @param markdown the page
     * @param name the block's name
     * @return its code, lines joined with {@code "\n"}
     * @throws IllegalArgumentException if no block or more than one has that name
     */
    public static String block(Path markdown, String name) {
        List<Block> named = blocks(markdown).stream().filter(b -> b.name().equals(name)).toList();
        if (named.size() != 1) {
            throw new IllegalArgumentException(markdown + ": " + named.size() + " blocks named " + name);
        }
        return named.get(0).code();
    }

    /**
     * The code of a source file between {@code // snippet-begin NAME} and {@code // snippet-end NAME},
     * with the indentation common to its non-blank lines removed (a snippet in a method body is shown
     * flush left) and blank lines made empty.
     *
     * @param source the source file
     * @param name the region's name
     * @return its code, lines joined with {@code "\n"}
     * @throws IllegalArgumentException if the region is missing, unclosed or there twice
     */
    public static String region(Path source, String name) {
        List<String> lines = read(source);
        int begin = index(lines, "// snippet-begin " + name, source);
        int end = index(lines, "// snippet-end " + name, source);
        if (end < begin) {
            throw new IllegalArgumentException(source + ": snippet " + name + " ends before it begins");
        }
        List<String> body = lines.subList(begin + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : body) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", out);
    }

    private static int index(List<String> lines, String marker, Path source) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                if (found >= 0) {
                    throw new IllegalArgumentException(source + ": " + marker + " twice");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(source + ": no " + marker);
        }
        return found;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
