package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command, its help and its common failures with {@code --lang ru} and fails on any English
 * word of UnionKit's own English texts in what is printed: a message that was not translated, an enum
 * name, picocli's own English.
 */
class CommandLanguageTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Words of the English texts that are names in Russian output too. */
    private static final Set<String> NAMES = Set.of("UnionKit", "Word", "Excel", "Windows", "LibreOffice", "Validation",
            "Jakarta", "text", "json", "auto", "always", "never", "tab", "exclusive", "inclusive", "union", "check",
            "number", "deadline", "refs", "render", "registry", "sample", "generate", "eligibility", "stats", "export",
            "help", "docx", "DecreeTextParser", "zip", "debug", "lang", "csv", "jsonl", "ndjson", "stderr", "PDF",
            "HTML", "JSON", "CSV", "Lines", "JsonLimits", "RussianRenderer", "true", "false", "null", "ukei");

    @TempDir
    Path dir;

    @Test
    void everyCommandSpeaksRussianWithLangRu() throws IOException {
        Set<String> english = englishVocabulary();
        for (String[] args : runs()) {
            CliRun run = CliRun.run(withLang("ru", args));
            List<String> leaked = leaked(run.out + run.err, english);
            assertThat(leaked).as("union --lang=ru %s%n%s", String.join(" ", args), run).isEmpty();
        }
    }

    @Test
    void everyCommandSpeaksEnglishWithLangEn() throws IOException {
        // English output quotes Russian decrees, so it is checked for UnionKit's own Russian texts:
        // any run of three or more words (20 characters or more) of a Russian message between its
        // placeholders and quoted examples.
        Set<String> russian = russianFragments();
        for (String[] args : runs()) {
            CliRun run = CliRun.run(withLang("en", args));
            String output = run.out + run.err;
            List<String> leaked = russian.stream().filter(output::contains).toList();
            assertThat(leaked).as("union --lang=en %s%n%s", String.join(" ", args), run).isEmpty();
        }
    }

    private static String[] withLang(String lang, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "--lang=" + lang;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** Every command, its help and its common failures, on files of a temporary directory. */
    private List<String[]> runs() throws IOException {
        Path registry = dir.resolve("r.jsonl");
        Path tree = dir.resolve("r.organizations.json");
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\":\"m1\",\"category\":\"EMPLOYEE\","
                + "\"primaryOrganization\":\"ast.akhtubinsk.p1\",\"admissionDate\":\"2020-13-01\"}\n{\"id\":\n");
        Path brokenTree = Files.writeString(dir.resolve("t.json"), "{\"organizations\": [");
        Path page = Files.writeString(dir.resolve("decree.html"), "<html><body><div><p>ПРЕЗИДИУМ</p>"
                + "<p>ПОСТАНОВЛЕНИЕ</p><p>от 15.01.2021 № 17-4</p><p>1. Провести проверку до конца года.</p>"
                + "<p>3. Провести собрание.</p></div></body></html>");
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"registry", "sample", registry.toString()});
        runs.add(new String[] {"check", "--as-of", "15.02.2021"});
        runs.add(new String[] {"check", "--registry", registry.toString(), "--organizations", tree.toString()});
        runs.add(new String[] {"check", page.toString(), "--as-of", "15.02.2021"});
        runs.add(new String[] {"deadline", "до 29 декабря 2020 г.", "--on", "18.12.2020"});
        runs.add(new String[] {"deadline", "к весне", "--on", "18.12.2020"});
        runs.add(new String[] {"deadline", "до 2025 года", "--on", "18.12.2020"});
        runs.add(new String[] {"number", "№ 3- 1"});
        runs.add(new String[] {"number", "Н-5"});
        runs.add(new String[] {"render", "--deadline-table"});
        runs.add(new String[] {"registry", "check", registry.toString(), "--organizations", tree.toString(),
            "--as-of", "01.01.2021"});
        runs.add(new String[] {"registry", "check", broken.toString(), "--organizations", tree.toString()});
        runs.add(new String[] {"registry", "check", registry.toString(), "--organizations", brokenTree.toString()});
        runs.add(new String[] {"registry", "stats", registry.toString(), "--organizations", tree.toString(),
            "--from", "01.01.2020", "--to", "31.12.2020"});
        runs.add(new String[] {"registry", "eligibility", registry.toString(), "--member", "ast-000001", "--on",
            "01.03.2021"});
        runs.add(new String[] {"registry", "eligibility", registry.toString(), "--member", "nobody", "--on",
            "01.03.2021"});
        runs.add(new String[] {"registry", "generate", "50", dir.resolve("g.jsonl").toString()});
        runs.add(new String[] {"--bogus"});
        runs.add(new String[] {"chek"});
        runs.add(new String[] {"deadline", "в 2021 году"});
        runs.add(new String[] {"help"});
        runs.add(new String[] {"help", "help"});
        runs.add(new String[] {"help", "registry", "check"});
        for (String command : new String[] {"", "check", "deadline", "number", "refs", "render", "registry",
            "registry check", "registry generate", "registry sample", "registry eligibility", "registry stats",
            "registry export"}) {
            List<String> help = new ArrayList<>(List.of(command.isEmpty() ? new String[0] : command.split(" ")));
            help.add("--help");
            runs.add(help.toArray(String[]::new));
        }
        return runs;
    }

    @Test
    void theEnglishCheckKnowsUnionKitsRussianMessages() {
        assertThat(russianFragments()).contains("строка шапки не называет ни организацию")
                .noneMatch(fragment -> fragment.contains("в первом квартале"));
    }

    @Test
    void theCheckCatchesAnUntranslatedText() {
        assertThat(leaked("union number: ошибка: cannot parse decree number", englishVocabulary()))
                .contains("cannot", "parse");
    }

    /** The English words of UnionKit's own texts found in Russian output, outside ids, paths and codes. */
    private static List<String> leaked(String output, Set<String> english) {
        String t = output.replaceAll("\\[[^\\]]*]", " ")             // property paths of findings
                .replaceAll("\"[^\"]*\"", " ")                            // JSON and examples in straight quotes
                .replaceAll("<[a-z]+>", " ")                                 // HTML element names
                .replaceAll("\\S*[./\\\\_]\\S*", " ")                  // ids, file names, paths
                .replaceAll("--[a-z-]+", " ").replaceAll("[a-z]+-\\d+", " ").replaceAll("UK-[A-Z]+-\\d+", " ")
                .replaceAll("\\b(COMMAND|DATE|DECREE|FILE|ID|KEY|MB|NUMBER|OUT|PHRASE|SEED|SHARE|TEXT)\\b", " ") // labels
                .replaceAll("\\w+(,\\w+)+", " ");                        // a CSV header: column names
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String word = m.group();
            if (english.contains(word.toLowerCase(Locale.ROOT)) && !NAMES.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The runs of three or more words of every Russian message, split at placeholders and punctuation. */
    private static Set<String> russianFragments() {
        Set<String> fragments = new TreeSet<>();
        for (Path russian : BundleLanguageTest.russianBundles()) {
            for (Object value : BundleLanguageTest.properties(russian).values()) {
                // quoted examples («в первом квартале 2021 г.») are decree Russian, not UnionKit's
                String unquoted = value.toString().replaceAll("«[^»]*»", "|");
                for (String part : unquoted.split("\\{[^}]*}|%n|\\||\\(|\\)|:|;|,|\\.")) {
                    String fragment = part.strip();
                    if (fragment.length() >= 20 && fragment.split(" +").length >= 3
                            && fragment.codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF)) {
                        fragments.add(fragment);
                    }
                }
            }
        }
        assertThat(fragments).hasSizeGreaterThan(200);
        return fragments;
    }

    /** Every word of three or more letters in UnionKit's English texts (all modules' base bundles). */
    private static Set<String> englishVocabulary() {
        Set<String> words = new TreeSet<>();
        for (Path russian : BundleLanguageTest.russianBundles()) {
            for (Object value : BundleLanguageTest.properties(BundleLanguageTest.base(russian)).values()) {
                Matcher m = WORD.matcher(value.toString());
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String name : NAMES) {
            words.remove(name.toLowerCase(Locale.ROOT));
        }
        assertThat(words).hasSizeGreaterThan(500);
        return words;
    }
}
