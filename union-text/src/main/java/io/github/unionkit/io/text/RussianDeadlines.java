package io.github.unionkit.io.text;

import io.github.unionkit.io.text.DeadlineParseException.ErrorType;
import io.github.unionkit.io.text.internal.DeadlineFinder;
import io.github.unionkit.io.text.internal.DeadlineGrammar;
import io.github.unionkit.io.text.internal.DeadlineResolver;
import io.github.unionkit.io.text.internal.PhraseSpec;
import io.github.unionkit.io.text.internal.Tokens;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.UnresolvedDeadline;
import io.github.unionkit.model.time.UnresolvedDeadline.Reason;
import io.github.unionkit.model.time.UnresolvedDeadline.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 *       191–192: the term ends on the matching day, or the last day of a shorter month): "в течение
 *       месяца", "в течение года", "в течение двух недель", "в течение 10 (десяти) календарных дней",
 *       "в месячный срок", "в десятидневный срок", optionally "со дня принятия настоящего
 *       постановления" / "с момента подписания" → no later than document date + length;</li>
 *   <li>working days, "в течение 5 рабочих дней", "не позднее 3 рабочих дней со дня …", counted by the
 *       options' {@link io.github.unionkit.model.time.WorkingDayCalendar} (the Russian production
 *       calendar by default); a year it does not cover is refused ({@link ErrorType#NO_CALENDAR});</li>
 *   <li>school years: "в 2021-2022 (2021/2022) учебном году", "в текущем / новом учебном году", "в
 *       течение учебного года", "2021/2022 учебный год" → {@link Deadline#inSchoolYear}; "до начала
 *       учебного года" (until 1 September), "к началу учебного года", "до конца учебного года";</li>
 *   <li>"по X" and "к X" (X included, window from the document date) → {@link Deadline#noLaterThan};
 *       "с X" alone → {@link Deadline#ongoing} from X;</li>
 *   <li>ranges of months, also across years, and of quarters and halves: "в феврале–марте 2021 года",
 *       "в декабре 2020 г. – январе 2021 г.", "в I–II кварталах 2021 года", "в течение II–III
 *       кварталов", "январь – февраль 2021 г." → {@link Deadline#between}; a year-less range resolves
 *       forward as a whole;</li>
 *   <li>terms counted from an event: "в двухнедельный срок после их проведения", "в течение 10 дней
 *       после проведения конференции", "по итогам года", "по мере необходимости" → {@link Deadline#afterEvent}, unresolved
 *       until the event is dated, never anchored to the document date;</li>
 *   <li>recurring duties with a due day: "ежегодно до 1 марта", "ежемесячно до 5 числа",
 *       "ежеквартально до 10 числа месяца, следующего за отчётным кварталом", "ежегодно в декабре",
 *       "ежегодно в I квартале" → {@link Deadline#recurring(io.github.unionkit.model.time.Recurrence,
 *       LocalDate, io.github.unionkit.model.time.RecurringDue)};</li>
 *   <li>"постоянно", "в постоянном режиме", "продолжить работу" → {@link Deadline#ongoing} from the
 *       document date;</li>
 *   <li>"ежемесячно", "ежеквартально", "ежеполугодно", "раз в полугодие", "ежегодно", "каждый
 *       квартал" → {@link Deadline#recurring} from the document date;</li>
 *   <li>"в установленные сроки", "срок не установлен" →
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
        Objects.requireNonNull(documentDate, "documentDate");
        return read(phrase, documentDate, options);
    }

    /**
     * Reads one deadline phrase of a document whose date is unknown (a draft, or a date that could not
     * be read), with the {@linkplain DeadlineParseOptions#defaults() default options}.
     *
     * @param phrase the phrase, not null
     * @return the deadline, as {@link #parseUnresolved(CharSequence, DeadlineParseOptions)} says
     * @throws NullPointerException if {@code phrase} is null
     * @throws DeadlineParseException if the grammar refuses the phrase
     */
    public static Deadline parseUnresolved(CharSequence phrase) {
        return parseUnresolved(phrase, DeadlineParseOptions.defaults());
    }

    /**
     * Reads one deadline phrase of a document whose date is unknown. A phrase that does not need the
     * document date ("29 декабря 2020 г.", "в первом квартале 2021 г.", "в 2021-2022 учебном году")
     * resolves exactly as {@link #parse(CharSequence, LocalDate, DeadlineParseOptions)} would resolve it
     * in any document; a phrase that needs it ("в январе", "до конца года", "в течение месяца",
     * "постоянно") is kept as {@link Deadline#unresolved(String, Reason) unresolved} with
     * {@link Reason#NO_DOCUMENT_DATE}, its phrase as written (whitespace-normalised) kept. Nothing is
     * ever anchored to a made-up date.
     *
     * @param phrase the phrase, not null
     * @param options the "до" policy and the input cap, not null
     * @return the resolved deadline, or an {@link UnresolvedDeadline}; carrying the phrase as written
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException if the grammar refuses the phrase
     */
    public static Deadline parseUnresolved(CharSequence phrase, DeadlineParseOptions options) {
        return read(phrase, null, options);
    }

    /**
     * Reads one deadline phrase and keeps it whatever happens: the resolved deadline when the phrase
     * can be resolved (with the document date when there is one, as
     * {@link #parseUnresolved(CharSequence, DeadlineParseOptions)} without it), otherwise the phrase as
     * written in an {@link UnresolvedDeadline}: {@link Reason#NO_DOCUMENT_DATE}, or
     * {@link Reason#REFUSED} with the {@link Refusal} of the same name as the
     * {@link DeadlineParseException.ErrorType} {@code parse} would have thrown. This is what a decree
     * reader uses, so that no phrase is dropped.
     *
     * @param phrase the phrase, not null
     * @param documentDate the date of the document, or empty when unknown; not null
     * @param options the "до" policy and the input cap, not null
     * @return the deadline, carrying the phrase as written
     * @throws NullPointerException if an argument is null
     * @throws DeadlineParseException only when there is no phrase to keep: it is empty
     *     ({@link ErrorType#EMPTY}), or longer than a deadline can keep ({@link ErrorType#TOO_LONG})
     */
    public static Deadline parseOrKeep(CharSequence phrase, Optional<LocalDate> documentDate,
            DeadlineParseOptions options) {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(options, "options");
        try {
            return read(phrase, documentDate.orElse(null), options);
        } catch (DeadlineParseException e) {
            if (e.errorType() == ErrorType.EMPTY) {
                throw e;
            }
            String kept = phrase.length() > Deadline.MAX_PHRASE_LENGTH * 4 ? null : TextNormalizer.normalize(phrase);
            if (kept == null || kept.isEmpty() || kept.length() > Deadline.MAX_PHRASE_LENGTH) {
                throw new DeadlineParseException(ErrorType.TOO_LONG, phrase, Math.min(phrase.length(),
                        Deadline.MAX_PHRASE_LENGTH));
            }
            return Deadline.refused(kept, refusalOf(e.errorType()));
        }
    }

    /**
     * Returns the model's name for why the grammar refused a phrase.
     *
     * @param type the parser's error type, not null and not {@link ErrorType#EMPTY} (an empty phrase
     *     cannot be kept)
     * @return the refusal of the same name
     * @throws IllegalArgumentException for {@link ErrorType#EMPTY}
     */
    public static Refusal refusalOf(ErrorType type) {
        switch (Objects.requireNonNull(type, "type")) {
            case TOO_LONG:
                return Refusal.TOO_LONG;
            case UNKNOWN_PHRASE:
                return Refusal.UNKNOWN_PHRASE;
            case UNEXPECTED_TEXT:
                return Refusal.UNEXPECTED_TEXT;
            case INCOMPLETE:
                return Refusal.INCOMPLETE;
            case INVALID_DATE:
                return Refusal.INVALID_DATE;
            case INVALID_RANGE:
                return Refusal.INVALID_RANGE;
            case BEFORE_DOCUMENT_DATE:
                return Refusal.BEFORE_DOCUMENT_DATE;
            case UNSUPPORTED:
                return Refusal.UNSUPPORTED;
            case NO_CALENDAR:
                return Refusal.NO_CALENDAR;
            default:
                throw new IllegalArgumentException("an empty phrase cannot be kept: " + type);
        }
    }

    /** Reads a whole phrase; a null document date means unknown. */
    private static Deadline read(CharSequence phrase, LocalDate documentDate, DeadlineParseOptions options) {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(options, "options");
        if (phrase.length() > options.maxPhraseLength()) {
            throw new DeadlineParseException(ErrorType.TOO_LONG, phrase, options.maxPhraseLength());
        }
        Tokens tokens = Tokens.of(phrase);
        if (tokens.size() == 0) {
            throw new DeadlineParseException(ErrorType.EMPTY, phrase, 0);
        }
        DeadlineGrammar grammar = new DeadlineGrammar(tokens);
        PhraseSpec spec = grammar.match(0, true);
        if (spec == null) {
            throw failure(grammar, tokens);
        }
        int rest = spec.endToken();
        while (rest < tokens.size() && isClosingPunctuation(tokens, rest)) {
            rest++;
        }
        if (rest < tokens.size()) {
            throw new DeadlineParseException(ErrorType.UNEXPECTED_TEXT, tokens.text(), tokens.start(spec.endToken()));
        }
        String written = DeadlineFinder.phrase(tokens, 0, spec.endToken() - 1);
        Deadline deadline;
        if (documentDate != null) {
            deadline = new DeadlineResolver(tokens, documentDate, options.untilPolicy(), options.workingDays())
                    .resolve(spec);
        } else if (DeadlineResolver.needsDocumentDate(spec)) {
            if (written.length() > Deadline.MAX_PHRASE_LENGTH) {
                throw new DeadlineParseException(ErrorType.TOO_LONG, tokens.text(), tokens.start(0));
            }
            return Deadline.unresolved(written, Reason.NO_DOCUMENT_DATE);
        } else {
            // The phrase does not read the document date, so any date resolves it the same way.
            deadline = new DeadlineResolver(tokens, LocalDate.EPOCH, options.untilPolicy(), options.workingDays())
                    .resolve(spec);
        }
        return DeadlineFinder.withPhrase(deadline, written, phrase, tokens.start(0));
    }

    private static boolean isClosingPunctuation(Tokens tokens, int i) {
        return tokens.isPunct(i, '.') || tokens.isPunct(i, ',') || tokens.isPunct(i, ';');
    }

    private static DeadlineParseException failure(DeadlineGrammar grammar, Tokens tokens) {
        int at = Math.max(0, grammar.furthestFailure());
        if (at >= tokens.size()) {
            return new DeadlineParseException(ErrorType.INCOMPLETE, tokens.text(), tokens.text().length());
        }
        ErrorType type = grammar.failedOnUnsupported() ? ErrorType.UNSUPPORTED
                : at == 0 ? ErrorType.UNKNOWN_PHRASE : ErrorType.UNEXPECTED_TEXT;
        return new DeadlineParseException(type, tokens.text(), tokens.start(at));
    }

    /**
     * Finds every deadline phrase in a text with the {@linkplain DeadlineParseOptions#defaults() default
     * options}.
     *
     * @param text the text, for example a clause ("3.1.2. До 29 декабря 2020 г. подведение …"), not null
     * @param documentDate the date of the document the text is in, not null
     * @return the phrases found, in text order, without overlaps; unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than
     *     {@value DeadlineParseOptions#DEFAULT_MAX_TEXT_LENGTH} characters
     */
    public static List<DeadlineMatch> findAll(CharSequence text, LocalDate documentDate) {
        return findAll(text, documentDate, DeadlineParseOptions.defaults());
    }

    /**
     * Finds every deadline phrase in a text.
     *
     * <p>The grammar is the one {@link #parse} reads with, except the bare table forms ("2021 год", "I
     * квартал") and bare dates right after "от" (a referenced decree's date, "№ 27-5 от 18.12.2018"),
     * and that an event after a term is a short noun phrase. A phrase that is read but refused (a day
     * that does not exist, a deadline that ends before the document date, working days without a
     * calendar, "до 2025 года") is reported where it stands, as a match whose deadline is
     * {@linkplain Deadline#refused refused} with the typed {@link Refusal} ({@link DeadlineMatch#isRefused()});
     * only a phrase too long to keep is skipped. The text is scanned once, left to right; at each
     * position the longest phrase starting there is taken.
     *
     * @param text the text, not null
     * @param documentDate the date of the document the text is in, not null
     * @param options the "до" policy and the text cap, not null
     * @return the phrases found, in text order, without overlaps; unmodifiable, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than
     *     {@link DeadlineParseOptions#maxTextLength()}
     */
    public static List<DeadlineMatch> findAll(CharSequence text, LocalDate documentDate,
            DeadlineParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(options, "options");
        if (text.length() > options.maxTextLength()) {
            throw new TextTooLongException(text, options.maxTextLength());
        }
        Tokens tokens = Tokens.of(text);
        return DeadlineFinder.find(tokens, 0, tokens.size(), documentDate, options.untilPolicy(),
                options.workingDays(), DeadlineFinder.IGNORE, true);
    }
}
