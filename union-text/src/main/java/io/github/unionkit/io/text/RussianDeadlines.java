package io.github.unionkit.io.text;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.io.text.internal.DeadlineFinder;
import io.github.unionkit.io.text.internal.DeadlineGrammar;
import io.github.unionkit.io.text.internal.DeadlineResolver;
import io.github.unionkit.io.text.internal.PhraseSpec;
import io.github.unionkit.io.text.internal.Tokens;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads deadlines written in Russian, the way a union's staff reads a decree.
 *
 * <p>{@link #parse(CharSequence, LocalDate)} reads one phrase; {@link #findAll(CharSequence, LocalDate)}
 * finds every phrase in a longer text (a clause) with its position. Both resolve the phrase against
 * the date of the document it is in, and attach the phrase as written (whitespace-normalised) with
 * {@link Deadline#withPhrase(String)}.
 *
 * <p><b>Forms read</b> (case, "ё"/"е", extra spaces and line breaks inside a phrase do not matter;
 * "г." and "года" are interchangeable; dashes may be of any style):
 * <ul>
 *   <li>a day: "29 декабря 2020 г.", "«18» декабря 2020 г.", "1-го марта", "16.06.2023 г.",
 *       "01.03.2021" → {@link Deadline#onDay};</li>
 *   <li>"не позднее X" (also "не позже", "в срок не позднее") → {@link Deadline#noLaterThan}, X
 *       included;</li>
 *   <li>"до X", "в срок до X" → {@link Deadline#until} with the options' policy (default: X excluded,
 *       last day X − 1); "до X включительно" is always inclusive;</li>
 *   <li>"до конца года / квартала / полугодия / месяца" (the document's), "до конца 2021 года", "до
 *       конца первого квартала 2021 г.", "до конца т.г." → no later than the period's last day;</li>
 *   <li>"в декабре 2020 года", "в январе", "в течение декабря" → {@link Deadline#inMonth};
 *       "в январе – марте 2021 г." → a range of days;</li>
 *   <li>"в первом / 1 / 1-м / I квартале [2021 г. | т.г. | текущего года]", "в IV кв. 2021 г.",
 *       "в течение первого квартала" → {@link Deadline#inQuarter};</li>
 *   <li>"в первом полугодии 2021 года", "во II полугодии" → {@link Deadline#inHalf};</li>
 *   <li>"в 2021 году", "в течение 2021 года", "на 2021 год", "в текущем году", "в течение
 *       следующего года" → {@link Deadline#inYear};</li>
 *   <li>"в 2024-2025 годах", "на 2020 – 2025 годы", "в течение 2021-2022 гг." →
 *       {@link Deadline#inYears};</li>
 *   <li>"20-21 мая 2016 года", "с 20 по 21 мая 2016 года", "с 29 декабря 2006 года по 5 января 2007
 *       года", "с 25.04.2022 года по 16.10.2023 года", "в период с … по …" →
 *       {@link Deadline#between};</li>
 *   <li>relative durations, counted from the document date as the Civil Code counts terms (arts.
 *       191–192: the term ends on the matching day): "в течение месяца", "в течение года", "в течение
 *       двух недель", "в течение 10 (десяти) календарных дней", "в месячный срок", "в десятидневный
 *       срок" → no later than document date + length; working days are rejected
 *       ({@link ErrorType#UNSUPPORTED}), they need a production calendar;</li>
 *   <li>"постоянно", "в постоянном режиме", "продолжить работу" → {@link Deadline#ongoing} from the
 *       document date;</li>
 *   <li>"ежемесячно", "ежеквартально", "ежеполугодно", "раз в полугодие", "ежегодно", "каждый
 *       квартал" → {@link Deadline#recurring} from the document date;</li>
 *   <li>"по мере необходимости", "в установленные сроки", "срок не установлен" →
 *       {@link Deadline#unspecified()};</li>
 *   <li>{@link #parse} only (not in running text, where they are usually not deadlines): the bare
 *       table forms "I квартал 2021 года", "1 полугодие 2021 г.", "декабрь 2020 года", "2021 год",
 *       "2020-2025 годы".</li>
 * </ul>
 * A date, month, quarter or half-year without a year resolves forward: the first one that has not
 * ended before the document date ("в январе" in a decree of December 2020 is January 2021). "т.г.",
 * "с.г." and "текущего года" are the document's year.
 *
 * <p>Nothing is guessed: a phrase that is not one of these forms fails with a
 * {@link DeadlineParseException} saying why and where. Every method is linear in its input, which is
 * capped ({@link DeadlineParseOptions}). The class is stateless and thread-safe.
 */
public final class RussianDeadlines {

    private RussianDeadlines() {
    }

    /**
     * Reads one deadline phrase with the {@linkplain DeadlineParseOptions#defaults() default options}
     * ("до X" excludes X).
     *
     * @param phrase the phrase, for example "в первом квартале 2021 г.", not null
     * @param documentDate the date of the document the phrase is in, not null
     * @return the deadline, carrying the phrase as written
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException if the phrase is not a deadline, or names a date that cannot be
     */
    public static Deadline parse(CharSequence phrase, LocalDate documentDate) {
        return parse(phrase, documentDate, DeadlineParseOptions.defaults());
    }

    /**
     * Reads one deadline phrase.
     *
     * <p>The whole text must be one phrase; sentence punctuation after it (".", ",", ";") is allowed
     * and not kept. The phrase attached to the result is the text from the phrase's first to its last
     * character, whitespace-normalised.
     *
     * @param phrase the phrase, not null
     * @param documentDate the date of the document the phrase is in, not null
     * @param options the "до" policy and the input cap, not null
     * @return the deadline, carrying the phrase as written
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException if the phrase is longer than the cap, empty, not a deadline, or
     *     names a date that cannot be
     */
    public static Deadline parse(CharSequence phrase, LocalDate documentDate, DeadlineParseOptions options) {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(options, "options");
        if (phrase.length() > options.maxPhraseLength()) {
            throw new DeadlineParseException(ErrorType.TOO_LONG, options.maxPhraseLength());
        }
        Tokens tokens = Tokens.of(phrase);
        if (tokens.size() == 0) {
            throw new DeadlineParseException(ErrorType.EMPTY, 0);
        }
        DeadlineGrammar grammar = new DeadlineGrammar(tokens);
        PhraseSpec spec = grammar.match(0, true);
        if (spec == null) {
            throw failure(grammar, tokens, phrase.length());
        }
        int rest = spec.endToken();
        while (rest < tokens.size() && isClosingPunctuation(tokens, rest)) {
            rest++;
        }
        if (rest < tokens.size()) {
            throw new DeadlineParseException(ErrorType.UNEXPECTED_TEXT, tokens.start(spec.endToken()));
        }
        Deadline deadline = new DeadlineResolver(tokens, documentDate, options.untilPolicy()).resolve(spec);
        TextSpan span = TextSpan.of(tokens.start(0), tokens.end(spec.endToken() - 1));
        return DeadlineFinder.withPhrase(deadline, DeadlineFinder.phrase(tokens, span), span.start());
    }

    private static boolean isClosingPunctuation(Tokens tokens, int i) {
        return tokens.isPunct(i, '.') || tokens.isPunct(i, ',') || tokens.isPunct(i, ';');
    }

    private static DeadlineParseException failure(DeadlineGrammar grammar, Tokens tokens, int length) {
        int at = Math.max(0, grammar.furthestFailure());
        if (at >= tokens.size()) {
            return new DeadlineParseException(ErrorType.INCOMPLETE, length);
        }
        ErrorType type = grammar.failedOnUnsupported() ? ErrorType.UNSUPPORTED
                : at == 0 ? ErrorType.UNKNOWN_PHRASE : ErrorType.UNEXPECTED_TEXT;
        return new DeadlineParseException(type, tokens.start(at));
    }

    /**
     * Finds every deadline phrase in a text with the {@linkplain DeadlineParseOptions#defaults() default
     * options}.
     *
     * @param text the text, for example a clause ("3.1.2. До 29 декабря 2020 г. подведение …"), not null
     * @param documentDate the date of the document the text is in, not null
     * @return the phrases found, in text order, without overlaps; unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException with {@link ErrorType#TOO_LONG} if the text is longer than
     *     {@value DeadlineParseOptions#DEFAULT_MAX_TEXT_LENGTH} characters
     */
    public static List<DeadlineMatch> findAll(CharSequence text, LocalDate documentDate) {
        return findAll(text, documentDate, DeadlineParseOptions.defaults());
    }

    /**
     * Finds every deadline phrase in a text.
     *
     * <p>The phrases are those {@link #parse} reads, except the bare table forms ("2021 год", "I
     * квартал") and bare dates right after "от" (a referenced decree's date, "№ 27-5 от 18.12.2018").
     * A phrase that is read but cannot be resolved (a day that does not exist, a deadline that ends
     * before the document date) is skipped. The text is scanned once, left to right; at each position
     * the longest phrase starting there is taken.
     *
     * @param text the text, not null
     * @param documentDate the date of the document the text is in, not null
     * @param options the "до" policy and the text cap, not null
     * @return the phrases found, in text order, without overlaps; unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException with {@link ErrorType#TOO_LONG} if the text is longer than
     *     {@link DeadlineParseOptions#maxTextLength()}
     */
    public static List<DeadlineMatch> findAll(CharSequence text, LocalDate documentDate,
            DeadlineParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(options, "options");
        if (text.length() > options.maxTextLength()) {
            throw new DeadlineParseException(ErrorType.TOO_LONG, options.maxTextLength());
        }
        Tokens tokens = Tokens.of(text);
        return DeadlineFinder.find(tokens, 0, tokens.size(), documentDate, options.untilPolicy(),
                DeadlineFinder.IGNORE);
    }
}
