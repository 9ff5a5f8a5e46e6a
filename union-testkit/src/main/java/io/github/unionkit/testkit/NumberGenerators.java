package io.github.unionkit.testkit;

import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import io.github.unionkit.model.meeting.RomanNumeral;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of the model's numbers — {@link DecreeNumber}s of every scheme, {@link ClauseNumber}s
 * and {@link RomanNumeral}s — of the messy but valid ways people write them, and of near-miss invalid
 * texts that the parsers must reject.
 *
 * <p>Counters are mostly small (as in real registers: {@code № 3-1}, {@code № 27-5}) with a tail up
 * to the types' maxima, so both the common and the boundary cases are drawn. Written forms add what
 * documents contain: a number sign ({@code №}, {@code N}, {@code No.} …), spaces, tabs and
 * non-breaking spaces around separators, typographic dashes and insignificant leading zeros. Every
 * written form is at most {@link DecreeNumber#MAX_LENGTH} characters and parses to the number it was
 * written from. Every near-miss text is rejected by the parser with its typed exception.
 *
 * <p>All generators are stateless and draw only from the {@link RandomGenerator} they are given, so a
 * seed reproduces every value.
 */
public final class NumberGenerators {

    private static final String[] SIGNS = {"", "", "№", "№ ", "№\u00A0", "N", "N ", "No ", "No.", "No. ", "Nº ",
        "n"};
    private static final String[] SPACES = {" ", "\u00A0", "\t", "  ", "\u202F"};
    private static final char[] DASHES = {'-', '-', '\u2013', '\u2014', '\u2212', '\u2011'};
    /** Letters that are never part of a decree number in any position (not N, n, o, O). */
    private static final char[] FOREIGN = {'x', 'а', 'б', 'Z', '#', ',', ':', '\u0663', '_', ')'};
    /** Substrings no canonical Roman numeral contains. */
    private static final String[] NON_CANONICAL_ROMAN = {"IIII", "VV", "LL", "DD", "IL", "IC", "ID", "IM", "VX",
        "VL", "XD", "XM", "XXXX", "CCCC", "MMMM", "IIV", "XXL"};
    private static final char[] CYRILLIC_FOR_LATIN = new char[128];

    static {
        CYRILLIC_FOR_LATIN['I'] = '\u0406';
        CYRILLIC_FOR_LATIN['X'] = '\u0425';
        CYRILLIC_FOR_LATIN['C'] = '\u0421';
        CYRILLIC_FOR_LATIN['M'] = '\u041C';
    }

    private NumberGenerators() {
    }

    /**
     * Returns counters for decree numbers: 80 % in 1 to 60, 15 % up to 9,999, 5 % up to
     * {@link DecreeNumber#MAX_COUNTER}.
     *
     * @return the generator
     */
    public static Generator<Integer> counters() {
        return random -> {
            int band = random.nextInt(100);
            if (band < 80) {
                return random.nextInt(1, 61);
            }
            return band < 95 ? random.nextInt(1, 10_000) : random.nextInt(1, DecreeNumber.MAX_COUNTER + 1);
        };
    }

    /**
     * Returns decree numbers of any scheme, each scheme equally likely.
     *
     * @return the generator
     */
    public static Generator<DecreeNumber> decreeNumbers() {
        NumberingScheme[] schemes = NumberingScheme.values();
        return random -> decreeNumbers(schemes[random.nextInt(schemes.length)]).generate(random);
    }

    /**
     * Returns decree numbers of one scheme. Joint numbers have 2 to 4 parts with counters below 1,000,
     * so they stay within {@link DecreeNumber#MAX_LENGTH}; sequential numbers are padded to a width of
     * up to 4 about half of the time.
     *
     * @param scheme the scheme, not null
     * @return the generator
     */
    public static Generator<DecreeNumber> decreeNumbers(NumberingScheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        Generator<Integer> counters = counters();
        switch (scheme) {
            case MEETING_ITEM:
                return random -> DecreeNumber.of(counters.generate(random), counters.generate(random));
            case MEETING_ITEM_SUB:
                return random -> DecreeNumber.of(counters.generate(random), counters.generate(random),
                        counters.generate(random));
            case DOTTED:
                return random -> DecreeNumber.dotted(counters.generate(random), counters.generate(random));
            case SLASHED:
                return random -> DecreeNumber.slashed(counters.generate(random), counters.generate(random));
            case SEQUENTIAL:
                return random -> DecreeNumber.sequential(counters.generate(random),
                        random.nextBoolean() ? 1 : random.nextInt(1, 5));
            case JOINT:
                return NumberGenerators::joint;
            default:
                throw new AssertionError(scheme);
        }
    }

    private static DecreeNumber joint(RandomGenerator random) {
        int size = random.nextInt(2, 5);
        int composite = random.nextInt(size);
        List<DecreeNumber> parts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int kind = i == composite ? random.nextInt(3) : random.nextInt(4);
            int a = random.nextInt(1, 1000);
            int b = random.nextInt(1, 1000);
            switch (kind) {
                case 0:
                    parts.add(DecreeNumber.of(a, b));
                    break;
                case 1:
                    parts.add(DecreeNumber.of(a, b, random.nextInt(1, 100)));
                    break;
                case 2:
                    parts.add(DecreeNumber.dotted(a, b));
                    break;
                default:
                    parts.add(DecreeNumber.sequential(a, random.nextInt(1, 5)));
                    break;
            }
        }
        return DecreeNumber.joint(parts);
    }

    /**
     * Returns messy but valid written forms of {@code number}: an optional sign, white space of several
     * kinds around the whole and around separators, typographic dashes, and leading zeros in counters
     * where they are not significant. Each form is at most {@link DecreeNumber#MAX_LENGTH} characters
     * and parses to a number equal to {@code number}; when the messy form would be too long, the
     * canonical form is returned instead.
     *
     * @param number the number to write, not null
     * @return the generator
     */
    public static Generator<String> writtenForms(DecreeNumber number) {
        Objects.requireNonNull(number, "number");
        return random -> {
            StringBuilder text = new StringBuilder();
            text.append(maybeSpaces(random)).append(SIGNS[random.nextInt(SIGNS.length)]).append(maybeSpaces(random));
            writeBody(number, text, random);
            text.append(maybeSpaces(random));
            return text.length() <= DecreeNumber.MAX_LENGTH ? text.toString() : number.toString();
        };
    }

    private static void writeBody(DecreeNumber number, StringBuilder text, RandomGenerator random) {
        switch (number.scheme()) {
            case MEETING_ITEM:
                writeCounter(number.meetingNumber().getAsInt(), text, random);
                separator(DASHES[random.nextInt(DASHES.length)], text, random);
                writeCounter(number.itemNumber().getAsInt(), text, random);
                break;
            case MEETING_ITEM_SUB:
                writeCounter(number.meetingNumber().getAsInt(), text, random);
                separator(DASHES[random.nextInt(DASHES.length)], text, random);
                writeCounter(number.itemNumber().getAsInt(), text, random);
                separator('.', text, random);
                writeCounter(number.subItemNumber().getAsInt(), text, random);
                break;
            case DOTTED:
                writeCounter(number.meetingNumber().getAsInt(), text, random);
                separator('.', text, random);
                writeCounter(number.itemNumber().getAsInt(), text, random);
                break;
            case SLASHED:
                writeCounter(number.meetingNumber().getAsInt(), text, random);
                separator('/', text, random);
                writeCounter(number.itemNumber().getAsInt(), text, random);
                break;
            case SEQUENTIAL:
                text.append(number); // its zeros are significant
                break;
            case JOINT:
                List<DecreeNumber> parts = number.parts();
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) {
                        separator('/', text, random);
                    }
                    writeBody(parts.get(i), text, random);
                }
                break;
            default:
                throw new AssertionError(number.scheme());
        }
    }

    /** Writes a counter, sometimes with leading zeros; the digit run stays within nine digits. */
    private static void writeCounter(int value, StringBuilder text, RandomGenerator random) {
        String digits = Integer.toString(value);
        if (random.nextInt(5) == 0) {
            int zeros = random.nextInt(0, 9 - digits.length() + 1);
            text.append("0".repeat(zeros));
        }
        text.append(digits);
    }

    private static void separator(char separator, StringBuilder text, RandomGenerator random) {
        text.append(maybeSpaces(random)).append(separator).append(maybeSpaces(random));
    }

    private static String maybeSpaces(RandomGenerator random) {
        return random.nextInt(3) == 0 ? SPACES[random.nextInt(SPACES.length)] : "";
    }

    /**
     * Returns near-miss texts that are not decree numbers: valid numbers with a trailing or doubled
     * separator, a zero counter, a foreign character, an extra counter, a second sign, a leading
     * separator, or padding beyond {@link DecreeNumber#MAX_LENGTH}. {@link DecreeNumber#parse} rejects
     * each with a {@code DecreeNumberParseException}.
     *
     * @return the generator
     */
    public static Generator<String> invalidDecreeNumberTexts() {
        Generator<DecreeNumber> numbers = decreeNumbers();
        return random -> {
            String text = numbers.generate(random).toString();
            switch (random.nextInt(9)) {
                case 0:
                    return text + (random.nextBoolean() ? "/" : random.nextBoolean() ? "-" : ".");
                case 1:
                    return zeroADigitRun(text, random);
                case 2:
                    int at = random.nextInt(text.length() + 1);
                    return text.substring(0, at) + FOREIGN[random.nextInt(FOREIGN.length)] + text.substring(at);
                case 3:
                    return text + ".1.1";
                case 4:
                    return random.nextBoolean() ? "№№" + text : text + " №";
                case 5:
                    return (random.nextBoolean() ? "-" : random.nextBoolean() ? "/" : ".") + text;
                case 6:
                    return " ".repeat(DecreeNumber.MAX_LENGTH + 1 - text.length() + random.nextInt(100)) + text;
                case 7:
                    return random.nextBoolean() ? "" : SPACES[random.nextInt(SPACES.length)] + "№ ";
                default:
                    return doubleASeparator(text, random);
            }
        };
    }

    /** Replaces one maximal run of digits with a single zero. */
    private static String zeroADigitRun(String text, RandomGenerator random) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < text.length();) {
            if (Character.isDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                runs.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        int[] run = runs.get(random.nextInt(runs.size()));
        return text.substring(0, run[0]) + "0" + text.substring(run[1]);
    }

    /** Doubles one separator ({@code 3--1}); a text without separators gets a trailing dash instead. */
    private static String doubleASeparator(String text, RandomGenerator random) {
        List<Integer> separators = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                separators.add(i);
            }
        }
        if (separators.isEmpty()) {
            return text + "-";
        }
        int at = separators.get(random.nextInt(separators.size()));
        return text.substring(0, at + 1) + text.charAt(at) + text.substring(at + 1);
    }

    /**
     * Returns clause numbers of depth 1 to 4 with parts mostly 1 to 20, and now and then of any depth
     * up to {@link ClauseNumber#MAX_DEPTH} with parts up to {@link ClauseNumber#MAX_PART}.
     *
     * @return the generator
     */
    public static Generator<ClauseNumber> clauseNumbers() {
        return random -> {
            boolean extreme = random.nextInt(10) == 0;
            int depth = extreme ? random.nextInt(1, ClauseNumber.MAX_DEPTH + 1) : random.nextInt(1, 5);
            int[] parts = new int[depth];
            for (int i = 0; i < depth; i++) {
                parts[i] = extreme ? random.nextInt(1, ClauseNumber.MAX_PART + 1) : random.nextInt(1, 21);
            }
            return ClauseNumber.of(parts);
        };
    }

    /**
     * Returns written forms of {@code number} as decrees print them: optional white space around, an
     * optional final dot, now and then a leading zero in a part. Each parses to {@code number}.
     *
     * @param number the clause number, not null
     * @return the generator
     */
    public static Generator<String> writtenForms(ClauseNumber number) {
        Objects.requireNonNull(number, "number");
        return random -> {
            StringBuilder text = new StringBuilder().append(maybeSpaces(random));
            List<Integer> parts = number.parts();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append('.');
                }
                if (random.nextInt(10) == 0) {
                    text.append('0');
                }
                text.append(parts.get(i));
            }
            if (random.nextBoolean()) {
                text.append('.');
            }
            text.append(maybeSpaces(random));
            return text.length() <= ClauseNumber.MAX_LENGTH ? text.toString() : number.toString();
        };
    }

    /**
     * Returns near-miss texts that are not clause numbers: a doubled or leading dot, a zero part, a
     * letter, a space inside, a part above {@link ClauseNumber#MAX_PART}, one level too many, or
     * padding beyond {@link ClauseNumber#MAX_LENGTH}. {@link ClauseNumber#parse} rejects each with a
     * {@code ClauseNumberParseException}.
     *
     * @return the generator
     */
    public static Generator<String> invalidClauseNumberTexts() {
        Generator<ClauseNumber> numbers = clauseNumbers();
        return random -> {
            ClauseNumber number = numbers.generate(random);
            String text = number.toString();
            switch (random.nextInt(8)) {
                case 0:
                    return text + "..";
                case 1:
                    return "." + text;
                case 2:
                    return text + ".0";
                case 3:
                    return text + (random.nextBoolean() ? "а" : ")");
                case 4:
                    return text + ". 1";
                case 5:
                    return text + "." + (ClauseNumber.MAX_PART + 1);
                case 6:
                    return "1.".repeat(ClauseNumber.MAX_DEPTH) + "1";
                default:
                    return " ".repeat(ClauseNumber.MAX_LENGTH + 1 - text.length()) + text;
            }
        };
    }

    /**
     * Returns Roman numerals: 70 % in I to XL (the ordinals of congresses and plenums), the rest
     * uniformly up to {@link RomanNumeral#MAX_VALUE}.
     *
     * @return the generator
     */
    public static Generator<RomanNumeral> romanNumerals() {
        return random -> RomanNumeral.of(random.nextInt(10) < 7 ? random.nextInt(1, 41)
                : random.nextInt(1, RomanNumeral.MAX_VALUE + 1));
    }

    /**
     * Returns near-miss texts that are not canonical Roman numerals: a canonical numeral with a
     * never-canonical sequence inserted ({@code IIII}, {@code VX}, {@code IM} …), in lower case, with a
     * Cyrillic look-alike letter, with a digit or an inner space, or empty. {@link RomanNumeral#parse}
     * rejects each with a {@code RomanNumeralParseException}.
     *
     * @return the generator
     */
    public static Generator<String> invalidRomanNumeralTexts() {
        Generator<RomanNumeral> numerals = romanNumerals();
        return random -> {
            String text = numerals.generate(random).toString();
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(6)) {
                case 0:
                    return text.substring(0, at) + NON_CANONICAL_ROMAN[random.nextInt(NON_CANONICAL_ROMAN.length)]
                            + text.substring(at);
                case 1:
                    return text.toLowerCase(Locale.ROOT);
                case 2:
                    return withCyrillicLookalike(text, random);
                case 3:
                    return text.substring(0, at) + random.nextInt(10) + text.substring(at);
                case 4:
                    return at == 0 || at == text.length() ? text + " I" : text.substring(0, at) + " "
                            + text.substring(at);
                default:
                    return random.nextBoolean() ? "" : " ";
            }
        };
    }

    private static String withCyrillicLookalike(String text, RandomGenerator random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (CYRILLIC_FOR_LATIN[text.charAt(i)] != 0) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return "\u0425" + text; // Cyrillic Х in front of V, L or D alone
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        return text.substring(0, at) + CYRILLIC_FOR_LATIN[text.charAt(at)] + text.substring(at + 1);
    }
}
