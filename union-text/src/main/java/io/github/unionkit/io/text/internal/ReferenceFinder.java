package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DecreeReferenceMatch;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.decree.TextNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Finds references to other decrees in running text: the scanner behind {@code DecreeReferences} and
 * the decree parser's reference reader.
 *
 * <p>A reference is a number and a date in either order — "№ 5-4 от 20-21 мая 2016 года", "от
 * 18.12.2018 № 27-5" — with the number sign "№", a Latin "N"/"No", or, right after a decision noun or a
 * body's name, no sign ("Президиума 27-5 от 18.12.2018"). The issuer is read backwards from the number
 * (or from "от"): up to {@value #MAX_ISSUER_TOKENS} words, stopping at a decision noun
 * ("постановлений"), at "и", at punctuation, or at the previous reference; it starts at the leftmost
 * body name found ("Исполнительного комитета …", "Президиума …"). Every anchor is read with a bounded
 * number of tokens, so the scan is linear.
 */
public final class ReferenceFinder {

    /** Why a reference-shaped text was not returned. */
    public enum Rejection {
        /** The number is not a decree number ({@link DecreeNumber#parse} rejected it). */
        INVALID_NUMBER,
        /** The date does not exist, or the range of days is reversed. */
        INVALID_DATE,
        /** The date is written without a year and the document's own date is unknown. */
        NO_YEAR
    }

    /** A yearless date in a document whose date is unknown: nothing to resolve it against. */
    private static final class NoYear extends DateTimeException {
        private static final long serialVersionUID = 1L;

        NoYear() {
            super("no year and no document date");
        }
    }

    /** Hears about reference-shaped texts that were rejected. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called for a rejected reference.
         *
         * @param span where the reference-shaped text is
         * @param reason why it was rejected
         */
        void rejected(TextSpan span, Rejection reason);
    }

    /** A listener that ignores rejections. */
    public static final Listener IGNORE = (span, reason) -> { };

    /** The most words read backwards for an issuer. */
    public static final int MAX_ISSUER_TOKENS = 12;

    private final Tokens t;
    private final LocalDate documentDate;
    private final DeadlineGrammar grammar;
    private final Listener listener;
    // Issuers never reach back into the previous reference.
    private int floor;

    private ReferenceFinder(Tokens tokens, LocalDate documentDate, Listener listener) {
        this.t = tokens;
        this.documentDate = documentDate;
        this.grammar = new DeadlineGrammar(tokens);
        this.listener = listener;
    }

    /**
     * Finds the references among tokens {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param tokens the tokens of the text, not null
     * @param from the first token to consider
     * @param to the token index after the region; references must end by it
     * @param documentDate the date of the document the text is in: a referenced date written without
     *     a year is the latest such day on or before it; null when unknown (such a date is then
     *     rejected as {@link Rejection#NO_YEAR}, never resolved against another date)
     * @param listener hears about rejected references, not null
     * @return the references in text order, unmodifiable
     */
    public static List<DecreeReferenceMatch> find(Tokens tokens, int from, int to, LocalDate documentDate,
            Listener listener) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.checkFromToIndex(from, to, tokens.size());
        Objects.requireNonNull(listener, "listener");
        return new ReferenceFinder(tokens, documentDate, listener).scan(from, to);
    }

    private List<DecreeReferenceMatch> scan(int from, int to) {
        List<DecreeReferenceMatch> found = new ArrayList<>();
        floor = from;
        int i = from;
        while (i < to) {
            Candidate candidate = candidateAt(i);
            if (candidate == null || candidate.end > to) {
                i++;
                continue;
            }
            DecreeReferenceMatch match = build(candidate);
            if (match == null) {
                i++;
                continue;
            }
            found.add(match);
            floor = candidate.end;
            i = candidate.end;
        }
        return List.copyOf(found);
    }

    /** Token ranges of one reference: [anchor, end) plus the number and dates inside it. */
    private static final class Candidate {
        int anchor;
        int end;
        int numberFirst;
        int numberEnd;
        PhraseSpec dates;
    }

    private static final String[] OTHER_DOCUMENTS = {
        "протокол", "письм", "приказ", "договор", "соглашени", "закон", "указ", "выписк", "справк", "заявлени",
        "ходатайств", "обращени", "лицензи", "свидетельств", "накладн", "счет", "счёт", "запрос", "доверенност",
        "исх", "вх", "приложени"};

    /** How many words may stand between another document's noun and its number ("протокол заседания президиума № 7"). */
    private static final int OTHER_DOCUMENT_REACH = 4;

    /**
     * "протокол № 4", "письма № 12", "приказ от … № 5", "протоколу заседания президиума № 7": numbers of
     * other documents, not decrees. Looks back over a few words of the same phrase; a decision noun
     * ("постановление президиума № 5") or punctuation ends the look first.
     */
    private boolean namesAnotherDocument(int anchor) {
        for (int k = anchor - 1; k >= floor && k >= anchor - OTHER_DOCUMENT_REACH; k--) {
            if (t.isPunct(k, '(')) {
                continue;
            }
            if (t.isPunct(k) || RussianBodies.isDecisionNoun(t, k)) {
                return false;
            }
            for (String noun : OTHER_DOCUMENTS) {
                if (noun.length() <= 3 ? t.is(k, noun) : t.startsWith(k, noun)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Candidate candidateAt(int i) {
        if ((t.isPunct(i, '№') || t.is(i, "от")) && namesAnotherDocument(i)) {
            return null;
        }
        int afterSign = signEnd(i);
        if (afterSign > 0) {
            return numberThenDate(i, afterSign);
        }
        if (t.is(i, "от")) {
            return dateThenNumber(i);
        }
        if (t.isNumber(i) && !precededBySign(i) && !t.isPunct(i - 1) && unsignedContext(i)) {
            return numberThenDate(i, i);
        }
        return null;
    }

    /** "№", "N", "No", "Nº" (Latin N, optionally Cyrillic о): the index after the sign, or -1. */
    private int signEnd(int i) {
        if (t.isPunct(i, '№')) {
            return t.isPunct(i + 1, '№') ? i + 2 : i + 1;
        }
        if (t.is(i, "n") || t.is(i, "no") || t.is(i, "nо") || t.is(i, "nº")) {
            int next = t.isPunct(i + 1, '.') ? i + 2 : i + 1;
            return t.isNumber(next) ? next : -1;
        }
        return -1;
    }

    private boolean precededBySign(int i) {
        return t.isPunct(i - 1, '№') || t.is(i - 1, "n") || t.is(i - 1, "no") || t.is(i - 1, "nо");
    }

    private boolean unsignedContext(int i) {
        return i - 1 >= floor && (RussianBodies.isDecisionNoun(t, i - 1) || issuerStart(i) >= 0);
    }

    private Candidate numberThenDate(int anchor, int numberStart) {
        int numberEnd = DecreeNumberTokens.end(t, numberStart);
        if (numberEnd < 0 || !t.is(numberEnd, "от")) {
            return null;
        }
        PhraseSpec dates = grammar.datesAt(numberEnd + 1);
        if (dates == null) {
            return null;
        }
        Candidate c = new Candidate();
        c.anchor = anchor;
        c.numberFirst = numberStart;
        c.numberEnd = numberEnd;
        c.dates = dates;
        c.end = dates.endToken();
        return c;
    }

    private Candidate dateThenNumber(int anchor) {
        PhraseSpec dates = grammar.datesAt(anchor + 1);
        if (dates == null) {
            return null;
        }
        int numberStart = signEnd(dates.endToken());
        if (numberStart < 0) {
            return null;
        }
        int numberEnd = DecreeNumberTokens.end(t, numberStart);
        if (numberEnd < 0) {
            return null;
        }
        Candidate c = new Candidate();
        c.anchor = anchor;
        c.numberFirst = numberStart;
        c.numberEnd = numberEnd;
        c.dates = dates;
        c.end = numberEnd;
        return c;
    }

    /** The leftmost body name in the words before {@code anchor}, or -1. */
    private int issuerStart(int anchor) {
        int leftmost = -1;
        int k = anchor - 1;
        for (int walked = 0; k >= floor && walked < MAX_ISSUER_TOKENS; walked++, k--) {
            if (t.isWord(k)) {
                if (RussianBodies.isDecisionNoun(t, k) || t.is(k, "и") || t.is(k, "или")) {
                    break;
                }
                long body = RussianBodies.read(t, k);
                if (body >= 0 && Packed.end(body) <= anchor) {
                    leftmost = k;
                }
            } else if (!(t.isDash(k) && t.touchesPrevious(k) && t.touchesPrevious(k + 1))) {
                break;
            }
        }
        // "VIII Съезда Профсоюза": the congress's ordinal belongs to its name.
        if (leftmost > floor && Ordinals.roman(t, leftmost - 1) > 0) {
            leftmost--;
        }
        return leftmost;
    }

    private DecreeReferenceMatch build(Candidate c) {
        TextSpan numberSpan = span(c.numberFirst, c.numberEnd);
        TextSpan datesSpan = span(c.dates.startToken(), c.dates.endToken());
        int issuer = issuerStart(c.anchor);
        TextSpan whole = span(issuer >= 0 ? issuer : c.anchor, c.end);
        DecreeNumber number;
        try {
            number = DecreeNumber.parse(numberSpan.slice(t.text()));
        } catch (DecreeNumberParseException e) {
            listener.rejected(whole, Rejection.INVALID_NUMBER);
            return null;
        }
        LocalDateRange dates;
        try {
            dates = dates(c.dates);
        } catch (NoYear e) {
            listener.rejected(whole, Rejection.NO_YEAR);
            return null;
        } catch (DateTimeException e) {
            listener.rejected(whole, Rejection.INVALID_DATE);
            return null;
        }
        Optional<TextSpan> issuerSpan = issuer >= 0 ? Optional.of(span(issuer, c.anchor)) : Optional.empty();
        Optional<BodyKind> kind = Optional.empty();
        if (issuer >= 0) {
            int bodyToken = Ordinals.roman(t, issuer) > 0 && RussianBodies.read(t, issuer) < 0 ? issuer + 1 : issuer;
            kind = Optional.of(BodyKind.values()[Packed.value(RussianBodies.read(t, bodyToken))]);
        }
        DecreeReference reference = new DecreeReference(issuerSpan.map(this::normalized), kind, number, dates,
                normalized(whole));
        return new DecreeReferenceMatch(whole, reference, issuerSpan, numberSpan, datesSpan);
    }

    private TextSpan span(int firstToken, int endToken) {
        return TextSpan.of(t.start(firstToken), t.end(endToken - 1));
    }

    private String normalized(TextSpan span) {
        return TextNormalizer.normalize(t.text().subSequence(span.start(), span.end()));
    }

    /** Resolves the dates of a reference; yearless days are the latest on or before the document date. */
    private LocalDateRange dates(PhraseSpec spec) {
        if (spec.form() == PhraseSpec.Form.EXACT_DAY) {
            LocalDate day = backward(spec.first());
            return LocalDateRange.ofClosed(day, day);
        }
        DateSpec first = spec.first();
        DateSpec last = spec.second();
        LocalDate end = backward(last);
        LocalDate start;
        int firstYear = first.year().mode() == YearRef.Mode.EXPLICIT ? first.year().year()
                : documentDate != null ? first.year().resolve(documentDate.getYear()) : -1;
        int month = first.hasMonth() ? first.month() : last.month();
        if (firstYear >= 0) {
            start = LocalDate.of(firstYear, month, first.day());
        } else {
            start = LocalDate.of(end.getYear(), month, first.day());
            if (first.hasMonth() && start.isAfter(end)) {
                start = LocalDate.of(end.getYear() - 1, month, first.day());
            }
        }
        return LocalDateRange.ofClosed(start, end);
    }

    private int documentYear(DateSpec date) {
        if (documentDate != null) {
            return documentDate.getYear();
        }
        if (date.year().mode() != YearRef.Mode.EXPLICIT) {
            throw new NoYear();
        }
        return 0;
    }

    private LocalDate backward(DateSpec date) {
        int year = date.year().resolve(documentYear(date));
        if (year >= 0) {
            return LocalDate.of(year, date.month(), date.day());
        }
        for (int y = documentDate.getYear(); y >= documentDate.getYear() - 8; y--) {
            if (date.month() >= 1 && date.month() <= 12 && date.day() >= 1
                    && date.day() <= Month.of(date.month()).length(Year.isLeap(y))) {
                LocalDate candidate = LocalDate.of(y, date.month(), date.day());
                if (!candidate.isAfter(documentDate)) {
                    return candidate;
                }
            }
        }
        throw new DateTimeException("no such day");
    }
}
