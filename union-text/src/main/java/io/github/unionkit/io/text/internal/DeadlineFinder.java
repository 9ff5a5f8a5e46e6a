package io.github.unionkit.io.text.internal;

import io.github.unionkit.io.text.DeadlineMatch;
import io.github.unionkit.io.text.DeadlineParseException;
import io.github.unionkit.io.text.TextSpan;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UntilPolicy;
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
     * @param documentDate the document's date, not null
     * @param policy how "до X" treats X, not null
     * @param listener hears about rejected phrases, not null
     * @return the matches in text order, unmodifiable
     */
    public static List<DeadlineMatch> find(Tokens tokens, int from, int to, LocalDate documentDate,
            UntilPolicy policy, Listener listener) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.checkFromToIndex(from, to, tokens.size());
        Objects.requireNonNull(listener, "listener");
        DeadlineGrammar grammar = new DeadlineGrammar(tokens);
        DeadlineResolver resolver = new DeadlineResolver(tokens, documentDate, policy);
        List<DeadlineMatch> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            PhraseSpec spec = grammar.match(i, false);
            if (spec == null || spec.endToken() > to) {
                i++;
                continue;
            }
            TextSpan span = TextSpan.of(tokens.start(spec.startToken()), tokens.end(spec.endToken() - 1));
            if (!isReferenceDate(tokens, spec)) {
                try {
                    Deadline deadline = withPhrase(resolver.resolve(spec), phrase(tokens, span), span.start());
                    matches.add(new DeadlineMatch(span, deadline));
                } catch (DeadlineParseException e) {
                    listener.rejected(span, e);
                }
            }
            i = spec.endToken();
        }
        return List.copyOf(matches);
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
     * Attaches a phrase to a deadline, refusing phrases a deadline cannot keep (longer than
     * {@link Deadline#MAX_PHRASE_LENGTH}: possible only when invisible characters pad a word).
     *
     * @param deadline the resolved deadline
     * @param phrase the normalised phrase
     * @param start the phrase's offset, for the error
     * @return the deadline with the phrase
     * @throws DeadlineParseException with {@code TOO_LONG} if the phrase is too long to keep
     */
    public static Deadline withPhrase(Deadline deadline, String phrase, int start) {
        if (phrase.length() > Deadline.MAX_PHRASE_LENGTH) {
            throw new DeadlineParseException(DeadlineParseException.ErrorType.TOO_LONG, start);
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
