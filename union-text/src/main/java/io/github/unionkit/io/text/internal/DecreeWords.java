package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.Chars;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.org.OrganizationLevel;

/**
 * The closed vocabularies of a decree's structure: operative formulas ("постановляет:", spaced
 * "п о с т а н о в л я е т:", plural "постановляют:"), the document type word, infinitives, the verbs
 * that assign ("Поручить"), signatory positions, settlement abbreviations, organization levels,
 * officer roles and persons' initials. Every test looks at a bounded number of characters or tokens.
 */
final class DecreeWords {

    private static final String[] FORMULA_WORDS = {
        "постановляет", "постановляют", "постановляю", "постановил", "постановила", "постановили", "постановило",
        "решил", "решила", "решили", "решило", "решает", "решают"};

    private static final int MAX_FORMULA_WORD = 12;

    private static final String[] DOCUMENT_TYPES = {"постановление", "решение"};

    private static final String[] ASSIGNING_VERBS = {"поручить", "обязать", "предложить", "рекомендовать"};

    private static final String[] NOUNS_IN_TH = {
        "часть", "власть", "область", "печать", "сеть", "мать", "честь", "весть", "треть", "четверть", "знать",
        "стать", "рать", "суть", "путь", "ртуть", "нить", "плеть", "смерть", "сласть", "пасть"};

    private static final String[] TI_INFINITIVES = {"вести", "нести", "йти", "рести", "расти", "везти", "ползти"};

    private static final String[] POSITION_PREFIXES = {
        "председател", "заместител", "секретар", "руководител", "главн", "врио", "ответственн", "директор",
        "президент", "начальник"};

    private static final String[] SETTLEMENTS = {
        "г", "гор", "с", "п", "пос", "пгт", "рп", "ст", "д", "х", "аул", "город", "село", "поселок", "станица",
        "деревня", "хутор"};

    private DecreeWords() {
    }

    /**
     * Tells whether a line is an operative formula: it ends with "постановляет:" (or another formula
     * word, possibly spaced letter by letter) after a word boundary, or consists of the formula word
     * alone without the colon. Looks at the last few dozen characters only.
     *
     * @param text the text
     * @param start the line content's start
     * @param end the line content's end
     * @return true for a formula line
     */
    public static boolean isFormula(CharSequence text, int start, int end) {
        int e = end;
        boolean colon = false;
        while (e > start && (text.charAt(e - 1) == ':' || Chars.isSpace(text.charAt(e - 1)))) {
            colon |= text.charAt(e - 1) == ':';
            e--;
        }
        char[] letters = new char[MAX_FORMULA_WORD];
        int[] at = new int[MAX_FORMULA_WORD];
        int k = 0;
        int p = e;
        while (p > start && k < MAX_FORMULA_WORD) {
            char c = text.charAt(p - 1);
            if (Character.isLetter(c)) {
                letters[k] = Chars.fold(c);
                at[k] = p - 1;
                k++;
            } else if (!Chars.isSpace(c) && !Chars.isIgnorable(c)) {
                break;
            }
            p--;
        }
        for (String word : FORMULA_WORDS) {
            int n = word.length();
            if (n > k || !reversedEquals(letters, word)) {
                continue;
            }
            int first = at[n - 1];
            boolean boundary = first == start || !Character.isLetter(text.charAt(first - 1));
            if (boundary && (colon || first == start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reversedEquals(char[] reversed, String word) {
        int n = word.length();
        for (int j = 0; j < n; j++) {
            if (reversed[j] != word.charAt(n - 1 - j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the first token of a trailing document type word in a header line: "ПОСТАНОВЛЕНИЕ", or
     * spaced "П О С Т А Н О В Л Е Н И Е".
     *
     * @param tokens the tokens of the header line
     * @return the index of the word's first token, or -1 if the line does not end with one
     */
    public static int documentTypeStart(Tokens tokens) {
        return trailingWordStart(tokens, tokens.size(), DOCUMENT_TYPES);
    }

    /**
     * Returns the first token of the formula word ending an operative formula ("постановляет", spaced
     * or not), before its colon.
     *
     * @param tokens the tokens of the formula line
     * @return the index of the word's first token, or -1 if there is none
     */
    public static int formulaWordStart(Tokens tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.isPunct(end - 1, ':')) {
            end--;
        }
        return trailingWordStart(tokens, end, FORMULA_WORDS);
    }

    private static int trailingWordStart(Tokens tokens, int n, String[] words) {
        if (n == 0) {
            return -1;
        }
        for (String type : words) {
            if (tokens.is(n - 1, type)) {
                return n - 1;
            }
            int letters = type.length();
            if (n >= letters) {
                boolean spaced = true;
                for (int j = 0; j < letters && spaced; j++) {
                    int i = n - letters + j;
                    spaced = tokens.isWord(i) && tokens.end(i) - tokens.start(i) == 1
                            && Chars.fold(tokens.text().charAt(tokens.start(i))) == type.charAt(j);
                }
                if (spaced) {
                    return n - letters;
                }
            }
        }
        return -1;
    }

    /**
     * Tells whether token {@code i} is a Russian infinitive ("Организовать", "провести", "обратиться"):
     * a word ending in -ть, -ться, -тись or a -ти verb ("провести", "найти"), not a noun in -ость or
     * one of the common nouns in -ть ("область", "часть").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for an infinitive
     */
    public static boolean isInfinitive(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.end(i) - tokens.start(i) < 4) {
            return false;
        }
        // Every infinitive ends in "ь" or "и"; most words are rejected by this one look.
        char last = Chars.fold(tokens.text().charAt(tokens.end(i) - 1));
        if (last != 'ь' && last != 'и' && !Chars.isIgnorable(tokens.text().charAt(tokens.end(i) - 1))) {
            return false;
        }
        if (tokens.endsWith(i, "ться") || tokens.endsWith(i, "тись")) {
            return true;
        }
        if (tokens.endsWith(i, "ть")) {
            if (tokens.endsWith(i, "ость")) {
                return false;
            }
            for (String noun : NOUNS_IN_TH) {
                if (tokens.is(i, noun)) {
                    return false;
                }
            }
            return true;
        }
        for (String suffix : TI_INFINITIVES) {
            if (tokens.endsWith(i, suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether token {@code i} is a verb that assigns a task to the words after it: "Поручить",
     * "Обязать", "Предложить", "Рекомендовать".
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for an assigning verb
     */
    public static boolean isAssigningVerb(Tokens tokens, int i) {
        for (String verb : ASSIGNING_VERBS) {
            if (tokens.is(i, verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a line starts with a signatory's position: "Председатель …", "Заместитель …",
     * "Секретарь …", "Главный бухгалтер …", "И.о. председателя …".
     *
     * @param text the text
     * @param start the line content's start
     * @param end the line content's end
     * @return true if the first word names a position
     */
    public static boolean startsWithPosition(CharSequence text, int start, int end) {
        int p = start;
        while (p < end && Character.isLetter(text.charAt(p)) && p - start < 16) {
            p++;
        }
        if (p == start) {
            return false;
        }
        String word = fold(text, start, p);
        if (p < end && text.charAt(p) == '.' && (word.equals("зам") || word.equals("и"))) {
            return true;
        }
        if (word.equals("глава")) {
            return true;
        }
        for (String prefix : POSITION_PREFIXES) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(CharSequence text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            out.append(Chars.fold(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Tells whether token {@code i} abbreviates or names a settlement ("г.", "с.", "пос.", "город").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for a settlement word
     */
    public static boolean isSettlement(Tokens tokens, int i) {
        for (String word : SETTLEMENTS) {
            if (tokens.is(i, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the organization level a plural adjective names: "территориальным", "районным",
     * "первичным", "региональным", "областным".
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the level, or null if token {@code i} is not a plural level adjective
     */
    public static OrganizationLevel pluralLevel(Tokens tokens, int i) {
        if (!tokens.isWord(i) || !isPluralAdjective(tokens, i)) {
            return null;
        }
        if (tokens.startsWith(i, "территориальн") || tokens.startsWith(i, "районн") || tokens.startsWith(i, "городск")
                || tokens.startsWith(i, "местн")) {
            return OrganizationLevel.TERRITORIAL;
        }
        if (tokens.startsWith(i, "первичн")) {
            return OrganizationLevel.PRIMARY;
        }
        if (tokens.startsWith(i, "региональн") || tokens.startsWith(i, "межрегиональн") || tokens.startsWith(i, "областн")
                || tokens.startsWith(i, "краев") || tokens.startsWith(i, "республиканск")) {
            return OrganizationLevel.REGIONAL;
        }
        return null;
    }

    private static boolean isPluralAdjective(Tokens tokens, int i) {
        return tokens.endsWith(i, "ым") || tokens.endsWith(i, "ые") || tokens.endsWith(i, "ых")
                || tokens.endsWith(i, "ыми") || tokens.endsWith(i, "им") || tokens.endsWith(i, "ие")
                || tokens.endsWith(i, "их") || tokens.endsWith(i, "ими");
    }

    /**
     * Tells whether token {@code i} is a word naming organizations or union groups ("организациям",
     * "организации", "профгруппам").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for an organization noun
     */
    public static boolean isOrganizationNoun(Tokens tokens, int i) {
        return tokens.startsWith(i, "организаци") || tokens.startsWith(i, "профгрупп");
    }

    /**
     * Reads an officer's role starting at token {@code i}: "председателя", "заместителю председателя",
     * "главного бухгалтера", "председателя контрольно-ревизионной комиссии", in any case.
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return the {@link OfficerRole} ordinal and the index after the role's words, {@link Packed};
     *     {@link Packed#NONE} if no role starts at {@code i}
     */
    public static long role(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return Packed.NONE;
        }
        if (tokens.startsWith(i, "заместител")) {
            return found(OfficerRole.DEPUTY_CHAIR, tokens.startsWith(i + 1, "председател") ? i + 2 : i + 1);
        }
        if (tokens.startsWith(i, "председател")) {
            if (tokens.is(i + 1, "контрольно") && tokens.isDash(i + 2) && tokens.startsWith(i + 3, "ревизионн")
                    && tokens.startsWith(i + 4, "комисси")) {
                return found(OfficerRole.AUDIT_COMMISSION_CHAIR, i + 5);
            }
            if (tokens.startsWith(i + 1, "ревизионн") && tokens.startsWith(i + 2, "комисси")) {
                return found(OfficerRole.AUDIT_COMMISSION_CHAIR, i + 3);
            }
            return found(OfficerRole.CHAIR, i + 1);
        }
        if (tokens.startsWith(i, "ответственн") && tokens.startsWith(i + 1, "секретар")) {
            return found(OfficerRole.SECRETARY, i + 2);
        }
        if (tokens.startsWith(i, "секретар")) {
            return found(OfficerRole.SECRETARY, i + 1);
        }
        if (tokens.startsWith(i, "главн") && tokens.startsWith(i + 1, "бухгалтер")) {
            return found(OfficerRole.CHIEF_ACCOUNTANT, i + 2);
        }
        if (tokens.startsWith(i, "бухгалтер")) {
            return found(OfficerRole.ACCOUNTANT, i + 1);
        }
        int inspector = tokens.startsWith(i, "главн") ? i + 1 : i;
        if (tokens.startsWith(inspector, "правов") && tokens.startsWith(inspector + 1, "инспектор")) {
            return found(OfficerRole.LEGAL_INSPECTOR, inspector + 2);
        }
        if (tokens.startsWith(inspector, "техническ") && tokens.startsWith(inspector + 1, "инспектор")) {
            return found(OfficerRole.TECHNICAL_INSPECTOR, inspector + 2);
        }
        int specialist = tokens.startsWith(i, "главн") || tokens.startsWith(i, "ведущ") ? i + 1 : i;
        if (tokens.startsWith(specialist, "специалист")) {
            return found(OfficerRole.SPECIALIST, specialist + 1);
        }
        return Packed.NONE;
    }

    private static long found(OfficerRole role, int end) {
        return Packed.of(role.ordinal(), end);
    }

    /**
     * Tells whether token {@code i} is an initial: one capital letter followed by a dot ("Т." in "Т.М.").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for an initial
     */
    public static boolean isInitial(Tokens tokens, int i) {
        return tokens.isWord(i) && tokens.end(i) - tokens.start(i) == 1
                && Character.isUpperCase(tokens.text().charAt(tokens.start(i))) && tokens.isPunct(i + 1, '.')
                && tokens.touchesPrevious(i + 1);
    }

    /**
     * Tells whether token {@code i} may be a surname: a capitalized word of two letters or more with a
     * lower-case letter in it ("Бугрееву", not "ТОП").
     *
     * @param tokens the tokens
     * @param i a token index, any value
     * @return true for a surname-shaped word
     */
    public static boolean isSurname(Tokens tokens, int i) {
        if (!tokens.isWord(i) || tokens.end(i) - tokens.start(i) < 2) {
            return false;
        }
        CharSequence text = tokens.text();
        if (!Character.isUpperCase(text.charAt(tokens.start(i)))) {
            return false;
        }
        for (int p = tokens.start(i) + 1; p < tokens.end(i); p++) {
            if (Character.isLowerCase(text.charAt(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a person's name at the end of tokens {@code from} to {@code to}: "Бугрееву Т.М.", "Т.М.
     * Бугреева", "Иванова-Петрова А.А.".
     *
     * @param tokens the tokens
     * @param from the first token that may belong to the name
     * @param to the index after the last token
     * @return the index of the name's first token, or -1 if the range does not end with a name
     */
    public static int nameStart(Tokens tokens, int from, int to) {
        // Surname followed by one or two initials.
        int i = to;
        int initials = 0;
        while (initials < 2 && i - 2 >= from && isInitial(tokens, i - 2)) {
            i -= 2;
            initials++;
        }
        if (initials > 0) {
            int surname = surnameStartEndingAt(tokens, from, i);
            return surname;
        }
        // One or two initials followed by a surname.
        int surname = surnameStartEndingAt(tokens, from, to);
        if (surname < 0) {
            return -1;
        }
        int j = surname;
        int before = 0;
        while (before < 2 && j - 2 >= from && isInitial(tokens, j - 2)) {
            j -= 2;
            before++;
        }
        return before > 0 ? j : -1;
    }

    /** The first token of a (possibly hyphenated) surname ending just before {@code end}, or -1. */
    private static int surnameStartEndingAt(Tokens tokens, int from, int end) {
        int last = end - 1;
        if (last < from || !isSurname(tokens, last)) {
            return -1;
        }
        int first = last;
        while (first - 2 >= from && tokens.isDash(first - 1) && tokens.touchesPrevious(first - 1)
                && tokens.touchesPrevious(first) && isSurname(tokens, first - 2)) {
            first -= 2;
        }
        return first;
    }
}
