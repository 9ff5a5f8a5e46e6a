package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.ProductionCalendar;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds deadline phrases in running text, left to right, without overlaps: the scanner behind
 * {@code RussianDeadlines.findAll} and the decree parser's clause reader.
 *
 * <p>At every token it tries the {@link DeadlineGrammar} (a bounded amount of work), takes the phrase
 * that starts there if any, and continues after it; so the whole scan is linear in the number of
 * tokens. Running text is read more strictly than a whole phrase: the bare table forms ("I квартал
 * 2021 г.", "2021 год") are not deadlines here, and a bare date right after "от" is the date of a
 * referenced decree ("№ 27-5 от 18.12.2018"), not a deadline. Phrases the grammar reads but that
 * cannot be resolved (a day that does not exist, a deadline before the document date) are not
 * returned; a {@link Listener} hears about them, for warnings.
 */
public final class DeadlineFinder {

    /** Hears about phrases that were read but rejected. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called for a phrase the grammar read but that could not be resolved.
         *
         * @param span where the phrase is
         * @param problem why it was rejected
         */
        void rejected(TextSpan span, DeadlineParseException problem);
    }

    /** A listener that ignores rejections. */
    public static final Listener IGNORE = (span, problem) -> { };

    private DeadlineFinder() {
    }

    /**
     * Finds the deadline phrases among tokens {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param tokens the tokens of the text, not null
     * @param from the first token to consider
     * @param to the token index after the region; phrases must end by it
     * @param documentDate the document's date, or null when it is unknown (see the other overload)
     * @param policy how "до X" treats X, not null
     * @param listener hears about rejected phrases, not null
     * @return the matches in text order, unmodifiable
     */
    public static List<DeadlineMatch> find(Tokens tokens, int from, int to, LocalDate documentDate,
            UntilPolicy policy, Listener listener) {
        return find(tokens, from, to, documentDate, policy, ProductionCalendar.russian(), listener, false);
    }

    /**
     * Finds the deadline phrases among tokens {@code from} (inclusive) to {@code to} (exclusive),
     * counting working days by a calendar.
     *
     * @param tokens the tokens of the text, not null
     * @param from the first token to consider
     * @param to the token index after the region; phrases must end by it
     * @param documentDate the document's date, or null when it is unknown: phrases that need it are then
     *     returned as {@linkplain Deadline#unresolved unresolved} deadlines, never anchored to another date
     * @param policy how "до X" treats X, not null
     * @param workingDays the working-day calendar, not null
     * @param listener hears about rejected phrases, not null
     * @param keepRefused true to return each rejected phrase that can be kept as a match of a
     *     {@linkplain Deadline#refused refused} deadline, in text order, besides telling the listener
     * @return the matches in text order, unmodifiable
     */
    public static List<DeadlineMatch> find(Tokens tokens, int from, int to, LocalDate documentDate,
            UntilPolicy policy, WorkingDayCalendar workingDays, Listener listener, boolean keepRefused) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.checkFromToIndex(from, to, tokens.size());
        Objects.requireNonNull(listener, "listener");
        DeadlineGrammar grammar = new DeadlineGrammar(tokens);
        // Without a document date, phrases that do not read it resolve the same against any date.
        DeadlineResolver resolver = new DeadlineResolver(tokens, documentDate != null ? documentDate : LocalDate.EPOCH,
                policy, workingDays);
        List<DeadlineMatch> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            int vague = vagueEnd(tokens, i, to);
            if (vague > i) {
                // "в кратчайшие сроки": a term in words with no date in it; refused, never dropped.
                TextSpan span = TextSpan.of(tokens.start(i), tokens.end(vague - 1));
                refuse(tokens, span, new DeadlineParseException(DeadlineParseException.ErrorType.UNSUPPORTED, tokens.text(), tokens.start(i)), listener, keepRefused, matches);
                i = vague;
                continue;
            }
            grammar.resetFailure();
            PhraseSpec spec = grammar.match(i, false);
            if (spec == null || spec.endToken() > to) {
                int refusedEnd = grammar.unsupportedEnd();
                if (spec == null && refusedEnd > i && refusedEnd <= to) {
                    // A construction the grammar recognises and refuses ("до 2025 года"): located, not skipped.
                    TextSpan span = TextSpan.of(tokens.start(i), tokens.end(refusedEnd - 1));
                    DeadlineParseException problem = new DeadlineParseException(
                            DeadlineParseException.ErrorType.UNSUPPORTED, tokens.text(), tokens.start(grammar.furthestFailure()));
                    refuse(tokens, span, problem, listener, keepRefused, matches);
                    i = refusedEnd;
                    continue;
                }
                i++;
                continue;
            }
            TextSpan span = TextSpan.of(tokens.start(spec.startToken()), tokens.end(spec.endToken() - 1));
            if (!isReferenceDate(tokens, spec) && documentDate == null && DeadlineResolver.needsDocumentDate(spec)) {
                String written = phrase(tokens, span);
                if (written.length() <= Deadline.MAX_PHRASE_LENGTH) {
                    matches.add(new DeadlineMatch(span, Deadline.unresolved(written, UnresolvedDeadline.Reason.NO_DOCUMENT_DATE)));
                }
            } else if (!isReferenceDate(tokens, spec)) {
                try {
                    Deadline deadline = withPhrase(resolver.resolve(spec), phrase(tokens, span), tokens.text(), span.start());
                    matches.add(new DeadlineMatch(span, deadline));
                } catch (DeadlineParseException e) {
                    refuse(tokens, span, e, listener, keepRefused, matches);
                }
            }
            i = spec.endToken();
        }
        return List.copyOf(matches);
    }

    private static final String[][] VAGUE = {
        {"в", "кратчайшие", "сроки"}, {"в", "кратчайший", "срок"}, {"в", "оперативном", "порядке"},
        {"в", "установленные", "сроки"}, {"в", "установленный", "срок"}, {"по", "мере", "необходимости"},
        {"по", "мере", "поступления"}, {"в", "ближайшее", "время"}, {"в", "разумные", "сроки"},
        {"в", "сжатые", "сроки"}};

    /** The end of a vague term ("в кратчайшие сроки") starting at token {@code i}, or -1. */
    private static int vagueEnd(Tokens tokens, int i, int to) {
        for (String[] words : VAGUE) {
            int k = 0;
            while (k < words.length && i + k < to && tokens.is(i + k, words[k])) {
                k++;
            }
            if (k == words.length) {
                return i + k;
            }
        }
        return -1;
    }

    private static void refuse(Tokens tokens, TextSpan span, DeadlineParseException problem, Listener listener,
            boolean keep, List<DeadlineMatch> matches) {
        listener.rejected(span, problem);
        String phrase = phrase(tokens, span);
        if (keep && problem.errorType() != DeadlineParseException.ErrorType.TOO_LONG
                && phrase.length() <= Deadline.MAX_PHRASE_LENGTH) {
            UnresolvedDeadline refused = Deadline.refused(phrase,
                    io.github.unionkit.io.text.RussianDeadlines.refusalOf(problem.errorType()));
            matches.add(new DeadlineMatch(span, refused));
        }
    }

    /**
     * Returns the whitespace-normalised text of a span: the phrase as written.
     *
     * @param tokens the tokens whose text the span points into
     * @param span the span
     * @return the normalised phrase
     */
    public static String phrase(Tokens tokens, TextSpan span) {
        return TextNormalizer.normalize(tokens.text().subSequence(span.start(), span.end()));
    }

    /**
     * Returns the whitespace-normalised text of tokens {@code first} to {@code last}: the phrase as
     * written. When the tokens are already separated by single spaces the text is taken as it is,
     * without scanning it again.
     *
     * @param tokens the tokens
     * @param first the phrase's first token
     * @param last the phrase's last token
     * @return the normalised phrase
     */
    public static String phrase(Tokens tokens, int first, int last) {
        CharSequence text = tokens.text().subSequence(tokens.start(first), tokens.end(last));
        return tokens.isNormalizedBetween(first, last) ? text.toString() : TextNormalizer.normalize(text);
    }

    /**
     * Attaches a phrase to a deadline, refusing phrases a deadline cannot keep (longer than
     * {@link Deadline#MAX_PHRASE_LENGTH}: possible only when invisible characters pad a word).
     *
     * @param deadline the resolved deadline
     * @param phrase the normalised phrase
     * @param text the text the phrase was read from, for the error's position
     * @param start the phrase's offset in {@code text}, for the error
     * @return the deadline with the phrase
     * @throws DeadlineParseException with {@code TOO_LONG} if the phrase is too long to keep
     */
    public static Deadline withPhrase(Deadline deadline, String phrase, CharSequence text, int start) {
        if (phrase.length() > Deadline.MAX_PHRASE_LENGTH) {
            throw new DeadlineParseException(DeadlineParseException.ErrorType.TOO_LONG, text, start);
        }
        return deadline.withPhrase(phrase);
    }

    private static boolean isReferenceDate(Tokens tokens, PhraseSpec spec) {
        PhraseSpec.Form form = spec.form();
        boolean bare = form == PhraseSpec.Form.EXACT_DAY
                || (form == PhraseSpec.Form.DAY_RANGE && !tokens.isWord(spec.startToken()));
        return bare && tokens.is(spec.startToken() - 1, "от");
    }
}
