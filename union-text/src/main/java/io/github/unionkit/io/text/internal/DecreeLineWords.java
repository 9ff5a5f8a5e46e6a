package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.Chars;

/**
 * The words that tell the parts of a decree's layout apart, line by line: page furniture a web page or
 * a scan adds ("Опубликовано …", "Главная / Документы", "— 2 —"), the draft mark «ПРОЕКТ», the words
 * that open a preamble rather than continue a title («Заслушав», «В целях», …), the nominative
 * positions that open a signature («Председатель», not the dative «Председателю» of a task), and the
 * attachments heading («Приложение:», «Приложения:»). Every test looks at a bounded prefix of the line.
 */
final class DecreeLineWords {

    private static final int PREFIX = 48;

    private static final String[] FURNITURE_PREFIXES = {
        "опубликовано", "дата публикации", "дата размещения", "просмотров", "версия для печати", "распечатать",
        "главная /", "главная »", "главная >", "страница ", "стр. ", "подробнее", "поделиться", "источник:"};

    private static final String[] PREAMBLE_OPENERS = {
        "в целях", "в соответствии", "во исполнение", "в связи", "заслушав", "обсудив", "рассмотрев",
        "руководствуясь", "на основании", "учитывая", "отмечая", "в рамках", "по итогам", "с целью",
        "принимая во внимание", "в ходе", "согласно", "информацию", "в период", "в преддверии", "слушали",
        "присутствовали", "по результатам", "подводя итоги", "в настоящее время"};

    /** Bodies that open the formula's or the preamble's sentence («Президиум … отмечает»), never a title. */
    private static final String[] BODY_OPENERS = {"президиум", "комитет", "профсоюзный комитет", "профком", "пленум",
        "совет"};

    private static final String[] SIGNATURE_WORDS = {
        "председатель", "заместитель", "секретарь", "руководитель", "главный", "врио", "и.о.", "и. о.", "зам.",
        "директор", "президент", "начальник", "ответственный", "глава", "председательствующий", "исполняющий"};

    private DecreeLineWords() {
    }

    /** Lower case, ё as е, runs of white space as one space; at most {@link #PREFIX} characters. */
    static String prefix(CharSequence text, int start, int end) {
        StringBuilder out = new StringBuilder(PREFIX);
        boolean space = false;
        for (int i = start; i < end && out.length() < PREFIX; i++) {
            char c = text.charAt(i);
            if (Chars.isIgnorable(c)) {
                continue;
            }
            if (Chars.isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Chars.fold(c));
        }
        return out.toString();
    }

    /**
     * Tells whether a line is page furniture: a publication stamp, a breadcrumb, a view counter, a page
     * number ("— 2 —", "- 3 -", "4"), or a bare site timestamp ("14.06.2023 10:42").
     */
    static boolean isFurniture(CharSequence text, int start, int end) {
        String head = prefix(text, start, end);
        for (String p : FURNITURE_PREFIXES) {
            if (head.startsWith(p)) {
                return p.startsWith("страница") || p.startsWith("стр.") ? hasDigit(head) : true;
            }
        }
        return isPageNumber(text, start, end) || isTimestamp(head, end - start);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPageNumber(CharSequence text, int start, int end) {
        if (end - start > 12) {
            return false;
        }
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
            } else if (!Chars.isDash(c) && !Chars.isSpace(c)) {
                return false;
            }
        }
        return digits >= 1 && digits <= 3;
    }

    // "14.06.2023 10:42" or "14.06.2023, 10:42": only a date and a time on the line.
    private static boolean isTimestamp(String head, int length) {
        if (length > 20) {
            return false;
        }
        return head.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4},? \\d{1,2}:\\d{2}(:\\d{2})?");
    }

    /** Tells whether a line is the draft mark «ПРОЕКТ» (possibly letter-spaced), alone on its line. */
    static boolean isDraftMark(CharSequence text, int start, int end) {
        if (end - start > 24) {
            return false;
        }
        StringBuilder letters = new StringBuilder(8);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Chars.fold(c));
            } else if (!Chars.isSpace(c) && !Chars.isIgnorable(c)) {
                return false;
            }
        }
        return letters.toString().equals("проект");
    }

    /** Tells whether a line opens a preamble paragraph or a body's sentence (and so cannot be a title). */
    static boolean opensPreamble(CharSequence text, int start, int end) {
        String head = prefix(text, start, end);
        return opensWith(head, PREAMBLE_OPENERS) || opensWith(head, BODY_OPENERS);
    }

    /** Tells whether a line opens a preamble sentence («Заслушав», «В целях»), whatever body follows. */
    static boolean opensPreambleSentence(CharSequence text, int start, int end) {
        return opensWith(prefix(text, start, end), PREAMBLE_OPENERS);
    }

    private static boolean opensWith(String head, String[] openers) {
        for (String p : openers) {
            if (head.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a line opens a signature: its first word is a position in the nominative. */
    static boolean opensSignature(CharSequence text, int start, int end) {
        String head = prefix(text, start, end);
        for (String word : SIGNATURE_WORDS) {
            if (head.startsWith(word) && (head.length() == word.length() || !Character.isLetter(head.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns where the attachment text starts on an attachments heading line («Приложение: план…»,
     * «Приложения:», «Приложение на 3 л.»), or -1 if the line is not one.
     */
    static int attachmentsHeading(CharSequence text, int start, int end) {
        String head = prefix(text, start, end);
        if (!head.startsWith("приложени")) {
            return -1;
        }
        int p = start;
        while (p < end && (Character.isLetter(text.charAt(p)) || Chars.isIgnorable(text.charAt(p)))) {
            p++;
        }
        String word = prefix(text, start, p);
        if (!word.equals("приложение") && !word.equals("приложения")) {
            return -1;
        }
        while (p < end && (Chars.isSpace(text.charAt(p)) || text.charAt(p) == ':')) {
            p++;
        }
        return p;
    }
}
