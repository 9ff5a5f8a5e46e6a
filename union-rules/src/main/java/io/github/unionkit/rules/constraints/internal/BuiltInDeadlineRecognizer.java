package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.model.time.spi.DeadlinePhraseRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognizes the common shapes of Russian deadline phrases with a token cursor (no regular expressions,
 * linear time, input capped at 200 characters): "до 29 декабря 2020 г.", "не позднее 01.03.2021",
 * "в первом (I, 1) квартале 2021 года", "в первом полугодии 2021 года", "в январе 2021 года",
 * "в течение 2021 года", "в 2020-2025 годах", "до конца года", "постоянно", "ежеквартально".
 * The fallback only: union-text's recognizer, which runs the real grammar, replaces it through
 * {@link DeadlinePhraseRecognizer} whenever union-text is present.
 */
public final class BuiltInDeadlineRecognizer implements DeadlinePhraseRecognizer {

    private static final int MAX_LENGTH = 200;
    private static final Set<String> STANDALONE = Set.of("постоянно", "ежеквартально", "ежемесячно", "ежегодно",
            "еженедельно", "ежедневно", "регулярно", "систематически");
    private static final Set<String> MONTHS_GENITIVE = Set.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final Set<String> MONTHS_PREPOSITIONAL = Set.of("январе", "феврале", "марте", "апреле", "мае",
            "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре");
    private static final Set<String> QUARTER_ORDINALS = Set.of("первом", "втором", "третьем", "четвертом", "i", "ii",
            "iii", "iv", "1", "2", "3", "4", "1-м", "2-м", "3-м", "4-м");
    private static final Set<String> YEAR_WORDS = Set.of("г", "года", "году", "год");
    private static final Set<String> YEARS_WORDS = Set.of("годах", "годов", "годы", "гг", "г");

    @Override
    public boolean isDeadlinePhrase(CharSequence phrase) {
        if (phrase == null || phrase.length() == 0 || phrase.length() > MAX_LENGTH) {
            return false;
        }
        List<String> t = tokens(phrase);
        if (t.isEmpty()) {
            return false;
        }
        if (t.size() == 1 && STANDALONE.contains(t.get(0))) {
            return true;
        }
        int i = 0;
        if (t.get(0).equals("до") || t.get(0).equals("к")) {
            i = 1;
        } else if (t.size() > 1 && t.get(0).equals("не") && t.get(1).equals("позднее")) {
            i = 2;
        } else if (t.size() > 2 && t.get(0).equals("в") && t.get(1).equals("срок") && t.get(2).equals("до")) {
            i = 3;
        }
        if (i > 0) {
            return endOf(t, i) || date(t, i);
        }
        if (t.get(0).equals("в") || t.get(0).equals("во")) {
            i = 1;
            if (t.size() > 1 && t.get(1).equals("течение")) {
                i = 2;
                if (t.size() == 3 && t.get(2).equals("года")) {
                    return true;
                }
            }
            return quarter(t, i) || half(t, i) || month(t, i) || years(t, i);
        }
        return false;
    }

    private static boolean endOf(List<String> t, int i) {
        if (t.size() <= i + 1 || !t.get(i).equals("конца")) {
            return false;
        }
        String what = t.get(i + 1);
        if (t.size() == i + 2) {
            return what.equals("года") || what.equals("месяца") || what.equals("квартала") || what.equals("полугодия");
        }
        return isYear(what) && t.size() == i + 3 && YEAR_WORDS.contains(t.get(i + 2));
    }

    private static boolean date(List<String> t, int i) {
        if (t.size() <= i) {
            return false;
        }
        String first = t.get(i);
        if (isNumericDate(first)) {
            return t.size() == i + 1 || (t.size() == i + 2 && YEAR_WORDS.contains(t.get(i + 1)));
        }
        if (!isDay(first) || t.size() <= i + 1 || !MONTHS_GENITIVE.contains(t.get(i + 1))) {
            return false;
        }
        return yearTail(t, i + 2);
    }

    private static boolean quarter(List<String> t, int i) {
        return t.size() > i + 1 && QUARTER_ORDINALS.contains(t.get(i)) && t.get(i + 1).equals("квартале")
                && yearTail(t, i + 2);
    }

    private static boolean half(List<String> t, int i) {
        return t.size() > i + 1 && (t.get(i).equals("первом") || t.get(i).equals("втором"))
                && t.get(i + 1).equals("полугодии") && yearTail(t, i + 2);
    }

    private static boolean month(List<String> t, int i) {
        return t.size() > i && MONTHS_PREPOSITIONAL.contains(t.get(i)) && yearTail(t, i + 1);
    }

    private static boolean years(List<String> t, int i) {
        if (t.size() <= i || !isYear(t.get(i))) {
            return false;
        }
        if (t.size() == i + 2 && YEAR_WORDS.contains(t.get(i + 1))) {
            return true;
        }
        return t.size() == i + 4 && t.get(i + 1).equals("-") && isYear(t.get(i + 2))
                && YEARS_WORDS.contains(t.get(i + 3));
    }

    /** Nothing, or a year optionally followed by "г."/"года". */
    private static boolean yearTail(List<String> t, int i) {
        if (t.size() == i) {
            return true;
        }
        if (!isYear(t.get(i))) {
            return t.size() == i + 1 && (t.get(i).equals("т.г") || t.get(i).equals("текущего"));
        }
        return t.size() == i + 1 || (t.size() == i + 2 && YEAR_WORDS.contains(t.get(i + 1)));
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && digits(s, 0, 4) && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean isDay(String s) {
        if (s.isEmpty() || s.length() > 2 || !digits(s, 0, s.length())) {
            return false;
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31;
    }

    private static boolean isNumericDate(String s) {
        return s.length() == 10 && s.charAt(2) == '.' && s.charAt(5) == '.' && digits(s, 0, 2) && digits(s, 3, 5)
                && digits(s, 6, 10);
    }

    private static boolean digits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Lower-cases, folds ё, turns dashes into a "-" token, drops quotes, commas and a final dot. */
    private static List<String> tokens(CharSequence phrase) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < phrase.length(); k++) {
            char c = Character.toLowerCase(phrase.charAt(k));
            if (c == 'ё') {
                c = 'е';
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == ',' || c == '«' || c == '»' || c == '"') {
                flush(cur, out);
            } else if (c == '–' || c == '—' || (c == '-' && isRangeDash(cur))) {
                flush(cur, out);
                out.add("-");
            } else {
                cur.append(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static boolean isRangeDash(StringBuilder cur) {
        // "2020-2025" splits; "1-м" stays one token.
        return cur.length() == 4 || cur.length() == 0;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            String s = cur.toString();
            if (s.endsWith(".") && !s.equals("т.г.")) {
                s = s.substring(0, s.length() - 1);
            } else if (s.equals("т.г.")) {
                s = "т.г";
            }
            if (!s.isEmpty()) {
                out.add(s.toLowerCase(Locale.ROOT));
            }
            cur.setLength(0);
        }
    }
}
