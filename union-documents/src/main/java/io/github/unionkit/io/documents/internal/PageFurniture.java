package io.github.unionkit.io.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds page furniture in the lines of a PDF's pages: running headers and footers (a line at the same
 * place from the top or bottom on most pages, digits ignored so that "Страница 2" and "Страница 3"
 * match) and page numbers («2», «- 2 -», «Страница 2 из 5», «стр. 2»). Only the first and last
 * {@value #EDGE} lines of a page are candidates: furniture sits at a page's edges. Stateless.
 */
final class PageFurniture {

    static final int EDGE = 3;

    private PageFurniture() {
    }

    /**
     * Returns, for each page, the indexes of its furniture lines.
     *
     * @param pages each page's non-blank lines, stripped
     * @return the furniture line indexes of each page
     */
    static List<Set<Integer>> find(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                keys.addAll(keys(page, i));
            }
            for (String key : keys) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        // "Most pages": at least three fifths of them, and at least two.
        int needed = Math.max(2, (pages.size() * 3 + 4) / 5);
        List<Set<Integer>> out = new ArrayList<>();
        for (List<String> page : pages) {
            Set<Integer> furniture = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                if (!edge) {
                    continue;
                }
                boolean repeated = pages.size() >= 2
                        && keys(page, i).stream().anyMatch(k -> counts.getOrDefault(k, 0) >= needed);
                if (repeated || isPageNumber(page.get(i))) {
                    furniture.add(i);
                }
            }
            out.add(furniture);
        }
        return out;
    }

    /**
     * Names what a furniture line is, for its warning: language-neutral, and never the line's text
     * (a running header may name a person).
     *
     * @param page the page's lines
     * @param i the index of a furniture line
     * @return {@code pageNumber}, {@code runningHeader} or {@code runningFooter}
     */
    static String kind(List<String> page, int i) {
        if (isPageNumber(page.get(i))) {
            return "pageNumber";
        }
        return i < EDGE && i < page.size() - 1 - i ? "runningHeader" : "runningFooter";
    }

    /** The positions a line may repeat at: its index from the top and from the bottom, with its shape. */
    private static List<String> keys(List<String> page, int i) {
        List<String> keys = new ArrayList<>(2);
        String shape = shape(page.get(i));
        if (i < EDGE) {
            keys.add("t" + i + shape);
        }
        if (i >= page.size() - EDGE) {
            keys.add("b" + (page.size() - 1 - i) + shape);
        }
        return keys;
    }

    private static String shape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 1).append(':');
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(Character.isDigit(c) ? '#' : Character.isWhitespace(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** «2», «- 2 -», «– 2 –», «Страница 2 из 5», «стр. 2», «Page 2 of 5». */
    static boolean isPageNumber(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"страница", "стр.", "page"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length()).strip();
                int of = Math.max(s.indexOf(" из "), s.indexOf(" of "));
                if (of > 0) {
                    return digits(s.substring(0, of)) && digits(s.substring(of + 4));
                }
                return digits(s);
            }
        }
        String bare = s;
        while (!bare.isEmpty() && "-–— ".indexOf(bare.charAt(0)) >= 0) {
            bare = bare.substring(1);
        }
        while (!bare.isEmpty() && "-–— ".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return digits(bare) && bare.length() <= 4;
    }

    private static boolean digits(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
