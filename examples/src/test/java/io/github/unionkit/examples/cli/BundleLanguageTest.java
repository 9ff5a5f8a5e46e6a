package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of every UnionKit module, in the language it claims: a Russian text holds no English
 * word, an English text no Russian one (outside quoted examples), and both languages have the same
 * messages. Names that are the same in both languages (UnionKit, JSON, option names, file names, rule
 * codes, placeholders) are allowed.
 */
class BundleLanguageTest {

    private static final Path ROOT = Path.of("..");
    /** Words that are names in Russian text too: formats, products, option values, class names. */
    private static final Set<String> NAMES = Set.of("UnionKit", "JSON", "CSV", "UTF", "ISO", "PDF", "HTML", "Word",
            "OCR", "MiB", "MB", "BOM", "LibreOffice", "Excel", "Windows", "Jakarta", "Validation", "DecreeTextParser",
            "zip", "exclusive", "inclusive", "auto", "always", "never", "tab", "text", "json", "docx", "ru", "en",
            "union", "check", "number", "deadline", "refs", "render", "registry", "sample", "generate",
            "eligibility", "stats", "export", "help", "stderr", "Lines", "JsonLimits", "RussianRenderer", "true", "false", "null");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z]+");
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");

    @Test
    void everyRussianMessageIsWrittenInRussian() {
        for (Path russian : russianBundles()) {
            properties(russian).forEach((key, value) -> {
                List<String> english = englishWords(value.toString());
                assertThat(english).as("%s: %s = %s", russian, key, value).isEmpty();
            });
        }
    }

    @Test
    void everyEnglishMessageIsWrittenInEnglish() {
        for (Path russian : russianBundles()) {
            for (Path english : englishFiles(russian)) {
                properties(english).forEach((key, value) -> {
                    String unquoted = value.toString().replaceAll("«[^»]*»", "").replaceAll("\"[^\"]*\"", "");
                    assertThat(CYRILLIC.matcher(unquoted).find()).as("%s: %s = %s", english, key, value).isFalse();
                });
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        for (Path russian : russianBundles()) {
            Set<String> ru = keys(properties(russian));
            assertThat(keys(properties(base(russian)))).as("%s and %s", russian, base(russian)).isEqualTo(ru);
        }
    }

    @Test
    void theRussianCheckFindsAnEnglishWordAndAllowsNames() {
        assertThat(englishWords("строка {0}: not found")).containsExactly("not", "found");
        assertThat(englishWords("файл {0} (JSON, --max-document-mb, UK-SIZE-002, docs/json.md, `union check`, FILE)"))
                .isEmpty();
    }

    /** The Latin words of a Russian text that are not placeholders, options, codes, paths or names. */
    static List<String> englishWords(String text) {
        String t = text.replaceAll("\\{[^}]*}", " ").replaceAll("--[a-z-]+", " ").replaceAll("[a-z]+-\\d+", " ").replaceAll("UK-[A-Z]+-\\d+", " ")
                .replaceAll("`[^`]*`", " ").replaceAll("[\\w./-]*\\.(md|json|jsonl|ndjson|csv|docx|doc|pdf|html|ukei)\\b", " ")
                .replaceAll("<[a-z]+>", " ").replaceAll("\\w+(,\\w+)+", " ").replaceAll("\\b[A-Z][A-Z_]+\\b", " ").replace("%n", " ");
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(t);
        while (m.find()) {
            if (!NAMES.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static Set<String> keys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            keys.add(key.replaceAll("\\.(one|few|many|other)$", ""));
        }
        return keys;
    }

    /** Every module's Russian bundle file, in {@code src/main/resources}; shared with CommandLanguageTest. */
    static List<Path> russianBundles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> found = files.filter(p -> p.toString().contains("/src/main/resources/")
                    && p.getFileName().toString().endsWith("_ru.properties")).sorted().toList();
            assertThat(found).as("Russian bundles").hasSizeGreaterThanOrEqualTo(12);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base (English) bundle beside a Russian one. */
    static Path base(Path russian) {
        return Path.of(russian.toString().replace("_ru.properties", ".properties"));
    }

    private static List<Path> englishFiles(Path russian) {
        List<Path> files = new ArrayList<>();
        for (String suffix : new String[] {".properties", "_en.properties"}) {
            Path p = Path.of(russian.toString().replace("_ru.properties", suffix));
            if (Files.exists(p)) {
                files.add(p);
            }
        }
        return files;
    }

    /** The messages of one bundle file itself (UTF-8), without those it inherits. */
    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
