package io.github.unionkit.io.text.corpus;

import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseResult;
import io.github.unionkit.io.text.DecreeTextParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares what the parser read from a corpus decree with its {@code .facts} file and classifies every
 * fact as {@link Verdict#RIGHT}, {@link Verdict#WARNED} or {@link Verdict#SILENTLY_WRONG}. The rules are
 * in the corpus README.md; this class never touches the parser's API except through {@link CorpusFacts}.
 */
public final class CorpusScorer {

    /**
     * The corpus folder, found on the class path: union-text's test resources, or the same files inside
     * union-text's test-jar when union-documents runs the corpus through Word, PDF and HTML.
     */
    static final Path CORPUS = locate();

    /** How a fact was read. */
    public enum Verdict { RIGHT, WARNED, SILENTLY_WRONG }

    private static Path locate() {
        java.net.URL url = CorpusScorer.class.getResource(
                "/io/github/unionkit/io/text/corpus/corpus-baseline.properties");
        if (url == null) {
            throw new IllegalStateException("the decree corpus is not on the class path");
        }
        try {
            java.net.URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                } catch (java.nio.file.FileSystemAlreadyExistsException alreadyOpen) {
                    // Opened by an earlier class loader's scorer: the same files.
                }
            }
            return Path.of(uri).getParent();
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalStateException("the decree corpus cannot be opened", e);
        }
    }

    /** One expected fact ({@code key value} as in the facts file, with its line there). */
    public record Fact(String key, String value, int factsLine) {
        String element() {
            String[] k = key.split(" ", 2);
            switch (k[0]) {
                case "number": return "number";
                case "date": return "adopted";
                case "body": case "issuer": return "issuer";
                case "title": return "title";
                case "formula": return "operativeFormula";
                case "clauses": return "clauses";
                case "deadline": return "clauses[" + k[1] + "].assignment.deadline";
                case "assignee": return "clauses[" + k[1] + "].assignment";
                case "items": return "clauses[" + k[1] + "].items";
                case "reference": return "references";
                case "control": return "controlClause";
                case "signatory": return "signatory";
                case "attachment": return "attachments";
                case "draft": return "status";
                default: return k[0];
            }
        }
    }

    /** One fact and its verdict. */
    public record Scored(Fact fact, Verdict verdict, String actual, String because) {
    }

    /** The verdicts on one decree's facts; {@code refused} is the refusal's message, or null. */
    public record DecreeScore(String name, List<Scored> facts, String refused) {
        /**
         * Counts the facts with one verdict.
         *
         * @param v the verdict
         * @return the count
         */
        public long count(Verdict v) {
            return facts.stream().filter(s -> s.verdict == v).count();
        }
    }

    private static final java.util.regex.Pattern SPACED =
            java.util.regex.Pattern.compile("(?<![^ ])[^ ](?: [^ ]){2,}(?![^ ])");

    private static final Set<String> MULTI = Set.of("reference", "attachment", "signatory", "warning");

    private CorpusScorer() {
    }

    /**
     * Returns the corpus decrees' names, sorted.
     *
     * @return the names
     */
    public static List<String> decrees() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a corpus decree's text, byte-exact.
     *
     * @param name the decree
     * @return its text
     */
    public static String text(String name) {
        try {
            // Byte-exact: a BOM stays in the string as U+FEFF, CRLF stays CRLF — text as it arrives.
            return new String(Files.readAllBytes(CORPUS.resolve(name + ".txt")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Fact> facts(String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(CORPUS.resolve(name + ".facts"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String key = parts[0];
            String value = parts.length > 1 ? parts[1].strip() : "";
            if (key.equals("deadline") || key.equals("assignee") || key.equals("items")) {
                String[] cv = value.split("\\s+", 2);
                key = key + " " + cv[0];
                value = cv.length > 1 ? cv[1].strip() : "";
            }
            out.add(new Fact(key, value, i + 1));
        }
        return out;
    }

    static DecreeScore score(String name) {
        return score(name, text -> DecreeTextParser.parse(text));
    }

    /**
     * Scores what a reader made of a corpus decree: union-documents passes a reader that writes the text
     * as a Word file, a PDF or a web page and reads it back.
     *
     * @param name the decree
     * @param reader from the decree's text to a parse result; may throw {@link DecreeParseException}
     * @return the verdicts
     */
    public static DecreeScore score(String name, java.util.function.Function<String, DecreeParseResult> reader) {
        List<Fact> expected = facts(name);
        CorpusFacts.Read read;
        try {
            read = CorpusFacts.extract(reader.apply(text(name)));
        } catch (DecreeParseException e) {
            // A refusal is loud, not silent: every fact is WARNED, and the table says REFUSED.
            List<Scored> all = new ArrayList<>();
            for (Fact f : expected) {
                all.add(new Scored(f, Verdict.WARNED, "(refused)", e.getMessage()));
            }
            return new DecreeScore(name, all, String.valueOf(e.getMessage()));
        }
        List<Scored> out = new ArrayList<>();
        Map<String, List<String>> actual = read.facts();
        Set<String> multiKeysSeen = new LinkedHashSet<>();
        Map<String, List<String>> unmatched = new java.util.HashMap<>();
        for (Fact f : expected) {
            String base = f.key().split(" ", 2)[0];
            if (base.equals("warning")) {
                CorpusFacts.Warned w = findExpectedWarning(f.value(), read.warnings());
                out.add(new Scored(f, w != null ? Verdict.RIGHT : Verdict.SILENTLY_WRONG,
                        w != null ? w.toString() : "no such warning", ""));
                continue;
            }
            if (MULTI.contains(base)) {
                multiKeysSeen.add(f.key());
                List<String> pool = unmatched.computeIfAbsent(f.key(),
                        k -> new ArrayList<>(actual.getOrDefault(k, List.of())));
                if (f.value().equals("-")) {
                    out.add(judge(f, pool.isEmpty(), pool.isEmpty() ? "-" : String.join(" ; ", pool), read));
                    pool.clear();
                    continue;
                }
                String hit = null;
                for (String a : pool) {
                    if (matches(f.key(), f.value(), a)) {
                        hit = a;
                        break;
                    }
                }
                if (hit != null) {
                    pool.remove(hit);
                }
                out.add(judge(f, hit != null, hit != null ? hit : String.join(" ; ", pool), read));
                continue;
            }
            List<String> values = actual.get(f.key());
            String a = values == null ? "-" : values.get(0);
            boolean ok = f.value().equals("-") ? values == null : values != null && matches(f.key(), f.value(), a);
            out.add(judge(f, ok, a, read));
        }
        // Values the parser read for a multi-valued key that the document does not state.
        for (String key : multiKeysSeen) {
            for (String extra : unmatched.getOrDefault(key, List.of())) {
                out.add(judge(new Fact(key + " (extra)", "-", 0), false, extra, read));
            }
        }
        return new DecreeScore(name, out, null);
    }

    private static Scored judge(Fact f, boolean ok, String actual, CorpusFacts.Read read) {
        if (ok) {
            return new Scored(f, Verdict.RIGHT, actual, "");
        }
        String element = f.element();
        Integer line = read.lines().get(element);
        if (line == null && f.key().contains(" ")) {
            line = read.lines().get("clauses[" + f.key().split(" ", 2)[1] + "]");
        }
        for (CorpusFacts.Warned w : read.warnings()) {
            if (w.element().equals(element) || (line != null && w.line() == line && !w.element().equals("issuer.id"))) {
                return new Scored(f, Verdict.WARNED, actual, w.toString());
            }
        }
        return new Scored(f, Verdict.SILENTLY_WRONG, actual, "");
    }

    private static CorpusFacts.Warned findExpectedWarning(String spec, List<CorpusFacts.Warned> warnings) {
        String[] p = spec.split("\\s+");
        for (CorpusFacts.Warned w : warnings) {
            if (p[0].equals("line")) {
                if (w.line() == Integer.parseInt(p[1])) {
                    return w;
                }
            } else if (w.element().equals(p[0]) || w.element().startsWith(p[0] + ".")
                    || w.element().startsWith(p[0] + "[")) {
                return w;
            }
        }
        return null;
    }

    static boolean matches(String key, String expected, String actual) {
        String base = key.split(" ", 2)[0];
        switch (base) {
            case "number": return squash(expected).equals(squash(actual));
            case "clauses": return squash(expected).equals(squash(actual));
            case "date": case "body": case "items": case "reference": case "deadline": case "draft":
                return expected.equals(actual);
            case "issuer": {
                String a = norm(actual);
                for (String word : norm(expected).split(" ")) {
                    if (!a.contains(word)) {
                        return false;
                    }
                }
                return true;
            }
            case "title": return norm(expected).equals(norm(actual));
            case "formula": return norm(actual).endsWith(norm(expected));
            case "attachment": return norm(actual).contains(norm(expected));
            case "signatory": {
                String[] e = expected.split("\\|", 2);
                String[] a = actual.split("\\|", 2);
                return norm(e[0]).equals(norm(a[0])) && tokens(e.length > 1 ? e[1] : "-")
                        .equals(tokens(a.length > 1 ? a[1] : "-"));
            }
            case "assignee": case "control": return assignees(expected, actual);
            default: return expected.equals(actual);
        }
    }

    private static boolean assignees(String expected, String actual) {
        List<String> e = new ArrayList<>(Arrays.asList(expected.split("\\s*\\+\\s*")));
        List<String> a = new ArrayList<>(Arrays.asList(actual.split("\\s*\\+\\s*")));
        if (e.size() != a.size()) {
            return false;
        }
        outer:
        for (String one : e) {
            for (int i = 0; i < a.size(); i++) {
                if (assignee(one, a.get(i))) {
                    a.remove(i);
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean assignee(String expected, String actual) {
        String[] e = expected.split(":", 2);
        String[] a = actual.split(":", 2);
        if (e[0].strip().equals("*")) {
            // Any kind: the document does not settle the kind; the name must be there.
            return e.length == 1 || tokens(a.length > 1 ? a[1] : "").containsAll(tokens(e[1]));
        }
        if (!e[0].strip().equals(a[0].strip())) {
            return false;
        }
        if (e.length == 1) {
            return true;
        }
        String ed = e[1].strip();
        String ad = a.length > 1 ? a[1].strip() : "";
        switch (e[0].strip()) {
            case "BODY": case "ALL_OF_LEVEL": return ed.equals(ad);
            case "OFFICER": {
                String[] er = ed.split("/", 2);
                String[] ar = ad.split("/", 2);
                if (!er[0].equals(ar[0])) {
                    return false;
                }
                return er.length == 1 || (ar.length > 1 && tokens(ar[1]).equals(tokens(er[1])));
            }
            case "ORGANIZATIONS":
                if (ed.chars().allMatch(Character::isDigit)) {
                    return ad.split(";").length == Integer.parseInt(ed);
                }
                return tokens(ad).equals(tokens(ed));
            default: return tokens(ad).equals(tokens(ed));
        }
    }

    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c == '\uFEFF' || c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '„') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                c = ' ';
            }
            if (c == 'ё' || c == 'Ё') {
                c = 'е';
            }
            b.append(Character.toLowerCase(c));
        }
        String out = b.toString().replaceAll(" +", " ").strip();
        // Letter-spaced words («П Р Е З И Д И У М») read as the word.
        out = SPACED.matcher(out).replaceAll(m -> m.group().replace(" ", ""));
        while (out.endsWith(".") || out.endsWith(";")) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u00A0№]", "");
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        for (String t : norm(s).split("[\\s.,;()]+")) {
            if (!t.isEmpty() && !t.equals("-")) {
                out.add(t);
            }
        }
        return out;
    }

    static String table(DecreeScore s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n== %s: right %d of %d, warned %d, silently wrong %d%s%n", s.name(),
                s.count(Verdict.RIGHT), s.facts().size(), s.count(Verdict.WARNED), s.count(Verdict.SILENTLY_WRONG),
                s.refused() == null ? "" : " (REFUSED: " + s.refused() + ")"));
        for (Scored f : s.facts()) {
            b.append(String.format(Locale.ROOT, "  %-14s %-16s %-40s | got %s%s%n", f.verdict(), f.fact().key(),
                    cut(f.fact().value()), cut(f.actual()), f.because().isEmpty() ? "" : "  [" + f.because() + "]"));
        }
        return b.toString();
    }

    private static String cut(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "…" : s;
    }
}
