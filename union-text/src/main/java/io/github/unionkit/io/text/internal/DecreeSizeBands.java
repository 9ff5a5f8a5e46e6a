package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.error.Detail;
import static io.github.unionkit.model.path.ModelProperty.CLAUSES;
import static io.github.unionkit.model.path.ModelProperty.SIZE_BANDS;

import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.SizeBand;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.internal.Chars;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.model.time.UntilPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads membership-size bands from a clause's bullet items, as clause 4.3 of decree № 3-1 writes them:
 * "- в первом квартале 2021 года территориальным организациям Профсоюза с численностью до 1
 * тыс.членов Профсоюза (Ахтубинская ТОП, …);". An item is a band when it has both a deadline phrase
 * and a membership range: "до N" (at most N), "свыше/более N" (more than N), "менее N", "не более N",
 * "не менее N", "от N до M", with "тыс." multiplying by 1,000 and a unit word ("членов", "человек")
 * required when there is no "тыс.", so "до 29 декабря" is never a range. The band's organizations are
 * the comma-separated names in the parentheses after the range; its subject is the item without the
 * deadline phrase, the list and the separators around them.
 */
final class DecreeSizeBands {

    /** A band read from an item. */
    public static final class Found {
        /** The band. */
        public final SizeBand band;
        /** The item it was read from. */
        public final TextSpan span;
        /** Where its deadline phrase is. */
        public final TextSpan deadlineSpan;

        Found(SizeBand band, TextSpan span, TextSpan deadlineSpan) {
            this.band = band;
            this.span = span;
            this.deadlineSpan = deadlineSpan;
        }
    }

    private static final int THOUSAND = 1_000;

    private final String text;
    private final LocalDate documentDate;
    private final UntilPolicy policy;
    private final DecreeOrganizations organizations;
    private final DecreeWarnings warnings;

    /**
     * Creates the reader.
     *
     * @param text the decree
     * @param documentDate the adoption date
     * @param policy how "до X" treats X
     * @param organizations resolves the listed organizations
     * @param warnings where to report unresolvable deadline phrases
     */
    public DecreeSizeBands(String text, LocalDate documentDate, UntilPolicy policy, DecreeOrganizations organizations,
            DecreeWarnings warnings) {
        this.text = text;
        this.documentDate = documentDate;
        this.policy = policy;
        this.organizations = organizations;
        this.warnings = warnings;
    }

    /**
     * Reads the bands of one clause.
     *
     * @param clause the clause
     * @return the bands in item order, possibly empty
     */
    public List<Found> read(DecreeDraft.Clause clause) {
        List<Found> out = new ArrayList<>();
        for (DecreeDraft.Piece item : clause.items) {
            Found band = band(clause, item);
            if (band != null) {
                out.add(band);
            }
        }
        return out;
    }

    private Found band(DecreeDraft.Clause clause, DecreeDraft.Piece item) {
        Tokens t = item.tokens(text);
        int[] range = null;
        for (int i = 0; i < t.size() && range == null; i++) {
            range = range(t, i);
        }
        if (range == null) {
            return null;
        }
        int rangeStart = t.start(range[2]);
        int rangeEnd = t.end(range[3] - 1);
        DeadlineMatch deadline = null;
        PropertyPath element = PropertyPath.of(CLAUSES).key(clause.number).property(SIZE_BANDS);
        for (DeadlineMatch match : DeadlineFinder.find(t, 0, t.size(), documentDate, policy,
                (span, problem) -> warnings.add(Code.UNRESOLVED_DEADLINE, element, span.start(), span.end(),
                        WarningDetails.deadlineRefused(problem.errorType())))) {
            if (deadline == null && (match.end() <= rangeStart || match.start() >= rangeEnd)) {
                deadline = match;
            }
        }
        if (deadline == null) {
            return null;
        }
        int open = -1;
        for (int i = range[3]; i < t.size() && open < 0; i++) {
            if (t.isPunct(i, '(')) {
                open = i;
            }
        }
        int subjectEnd = open >= 0 ? t.start(open) : item.end;
        StringBuilder subject = new StringBuilder();
        if (deadline.start() >= item.start && deadline.end() <= subjectEnd) {
            subject.append(text, item.start, deadline.start()).append(' ').append(text, deadline.end(), subjectEnd);
        } else {
            subject.append(text, item.start, subjectEnd);
        }
        String written = trim(TextNormalizer.normalize(subject));
        if (written.isEmpty()) {
            return null;
        }
        MembershipRange membership = range[1] < 0 ? MembershipRange.atLeast(range[0])
                : MembershipRange.between(range[0], range[1]);
        SizeBand band = SizeBand.of(membership, deadline.deadline(), open >= 0 ? listed(t, open) : List.of(), written);
        return new Found(band, item.span(), deadline.span());
    }

    /** The names between "(" and ")" (or the end), split at commas and semicolons. */
    private List<OrganizationRef> listed(Tokens t, int open) {
        List<OrganizationRef> out = new ArrayList<>();
        int from = open + 1;
        for (int i = open + 1; i <= t.size(); i++) {
            boolean end = i == t.size() || t.isPunct(i, ')');
            if (end || t.isPunct(i, ',') || t.isPunct(i, ';')) {
                if (i > from) {
                    String name = TextNormalizer.normalize(text.subSequence(t.start(from), t.end(i - 1)));
                    if (!name.isEmpty()) {
                        out.add(organizations.listed(name));
                    }
                }
                from = i + 1;
                if (end) {
                    break;
                }
            }
        }
        return out;
    }

    /** Strips dashes, punctuation and spaces at both ends. */
    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdge(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdge(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isEdge(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || Chars.isDash(c);
    }

    /**
     * Reads a membership range starting at token {@code i}.
     *
     * @return {min, max or -1, first token, end token}, or null
     */
    private static int[] range(Tokens t, int i) {
        if (t.is(i, "не") && (t.is(i + 1, "более") || t.is(i + 1, "больше") || t.is(i + 1, "свыше"))) {
            long n = count(t, i + 2);
            return n < 0 ? null : new int[] {0, value(n), i, Packed.end(n)};
        }
        if (t.is(i, "не") && (t.is(i + 1, "менее") || t.is(i + 1, "меньше"))) {
            long n = count(t, i + 2);
            return n < 0 ? null : new int[] {value(n), -1, i, Packed.end(n)};
        }
        if (t.is(i, "до")) {
            long n = count(t, i + 1);
            return n < 0 ? null : new int[] {0, value(n), i, Packed.end(n)};
        }
        if (t.is(i, "свыше") || t.is(i, "более") || t.is(i, "больше") || t.is(i, "выше")) {
            long n = count(t, i + 1);
            return n < 0 || value(n) == Integer.MAX_VALUE ? null : new int[] {value(n) + 1, -1, i, Packed.end(n)};
        }
        if (t.is(i, "менее") || t.is(i, "меньше") || t.is(i, "ниже")) {
            long n = count(t, i + 1);
            return n < 0 || value(n) < 1 ? null : new int[] {0, value(n) - 1, i, Packed.end(n)};
        }
        if (t.is(i, "от")) {
            long low = bare(t, i + 1);
            if (low < 0) {
                return null;
            }
            int next = Packed.end(low);
            long min = Packed.value(low);
            boolean lowThousands = t.startsWith(next, "тыс");
            if (lowThousands) {
                min = min * THOUSAND / fractionScale(t, i + 1);
                next = t.isPunct(next + 1, '.') ? next + 2 : next + 1;
            } else if (fractionScale(t, i + 1) > 1) {
                return null;
            }
            if (!t.is(next, "до")) {
                return null;
            }
            long high = count(t, next + 1);
            if (high < 0) {
                return null;
            }
            int max = value(high);
            boolean highThousands = t.startsWith(Packed.end(bare(t, next + 1)), "тыс");
            if (!lowThousands && highThousands && min * THOUSAND <= max) {
                min *= THOUSAND;
            }
            return min > max ? null : new int[] {(int) min, max, i, Packed.end(high)};
        }
        return null;
    }

    /** A count with its unit: "1 тыс.", "1,5 тыс.", "500 членов". Packed value and end, or -1. */
    private static long count(Tokens t, int i) {
        long number = bare(t, i);
        if (number < 0) {
            return Packed.NONE;
        }
        int next = Packed.end(number);
        long value = Packed.value(number);
        if (t.startsWith(next, "тыс")) {
            long scaled = value * THOUSAND / fractionScale(t, i);
            int end = t.isPunct(next + 1, '.') && t.touchesPrevious(next + 1) ? next + 2 : next + 1;
            return scaled > Integer.MAX_VALUE ? Packed.NONE : Packed.of((int) scaled, end);
        }
        if (t.startsWith(next, "член") || t.startsWith(next, "чел") || t.startsWith(next, "работник")) {
            return fractionScale(t, i) == 1 ? Packed.of((int) value, next + 1) : Packed.NONE;
        }
        return Packed.NONE;
    }

    /** A number, possibly with a decimal part ("1,5"): its digits as one integer and the end. */
    private static long bare(Tokens t, int i) {
        int whole = t.number(i);
        if (whole < 0) {
            return Packed.NONE;
        }
        if ((t.isPunct(i + 1, ',') || t.isPunct(i + 1, '.')) && t.touchesPrevious(i + 1) && t.isNumber(i + 2)
                && t.touchesPrevious(i + 2) && t.digits(i + 2) <= 3) {
            long combined = (long) whole * pow10(t.digits(i + 2)) + t.number(i + 2);
            return combined > Integer.MAX_VALUE ? Packed.NONE : Packed.of((int) combined, i + 3);
        }
        return Packed.of(whole, i + 1);
    }

    /** 10^digits of the decimal part of the number at {@code i}, 1 if it has none. */
    private static long fractionScale(Tokens t, int i) {
        if ((t.isPunct(i + 1, ',') || t.isPunct(i + 1, '.')) && t.touchesPrevious(i + 1) && t.isNumber(i + 2)
                && t.touchesPrevious(i + 2) && t.digits(i + 2) <= 3) {
            return pow10(t.digits(i + 2));
        }
        return 1;
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int k = 0; k < digits; k++) {
            p *= 10;
        }
        return p;
    }

    private static int value(long packed) {
        return Packed.value(packed);
    }
}
