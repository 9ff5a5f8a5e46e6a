package io.github.unionkit.io.text;

import io.github.unionkit.io.text.DecreeParseException.ErrorType;
import io.github.unionkit.io.text.internal.DecreeDraft;
import io.github.unionkit.io.text.internal.DecreeDraftReader;
import io.github.unionkit.io.text.internal.DecreeInterpreter;
import io.github.unionkit.io.text.internal.DecreeLineScanner;
import io.github.unionkit.io.text.internal.DecreeWarnings;
import java.util.Objects;

/**
 * Reads the plain text of a whole decree (постановление) into a {@code Resolution}, with warnings and
 * the source span of every element.
 *
 * <p><b>What is read.</b> The header: the lines naming the union, the organization and the body (a
 * spaced "П О С Т А Н О В Л Е Н И Е" included), then the requisites — the date in any form
 * ("«18» декабря 2020 г.", "18.12.2020", "20-21 мая 2016 г."), the place ("г. Астрахань") and the
 * number ("№ 3- 1"), each on its own line or several on one — then the title line and the preamble
 * paragraphs. The operative formula ("Комитет … постановляет:", also spaced "п о с т а н о в л я е т:",
 * plural "постановляют:"). The clause tree ("1.", "3.1.", "3.1.1" with or without the final dot,
 * "6.Контроль" without a space), bullet items ("·", "•", "-", "–"), and lines that continue a clause or
 * item. The assignments under "Поручить …:" (assignees inherited from the "Поручить" clause, the
 * action from a verb-only parent such as "Организовать:", the deadline from the clause's own phrase or
 * an inherited one such as "Продолжить работу"), membership-size bands in bullet items ("до 1 тыс.
 * членов (Ахтубинская ТОП, …)"), references to other decrees, the control clause ("Контроль за
 * выполнением/исполнением … возложить на …") and the signatory. The rules follow the golden fixture
 * of decree № 3-1 (see {@code docs/dev/golden-fixture.md}).
 *
 * <p><b>Nothing invented, nothing dropped silently.</b> Layout noise — tabs, blank lines, no-break
 * spaces, stray spaces in "№ 3- 1" — is normal input. An element the text does not give (number,
 * date, issuing body, title, formula) is absent from the resolution, never a placeholder, and a
 * {@link DecreeParseWarning} names the element, the line and the reason; so do a gap in the clause
 * numbering (numbers are kept as written), a deadline phrase kept unresolved, page furniture, text after
 * the signature, and so on. Only when no resolution can be read at all — empty input, input over the
 * cap, no operative formula and no clause — does parsing fail, with a {@link DecreeParseException}.
 * Files are decoded with {@link DecreeBytes} first.
 *
 * <p><b>One direction.</b> The parser reads what a person prints; it reads no machine notes, and
 * {@link RussianRenderer} writes none (decision 0017).
 *
 * <p><b>Safety.</b> The input is capped ({@link DecreeParseOptions#maxLength()}, 1 MiB by default)
 * before anything is read; every stage is a hand-written scanner that looks at each line and token a
 * bounded number of times (no regular expressions), so parsing is linear in the input; the clause tree
 * is never deeper than {@code ClauseNumber.MAX_DEPTH} (deeper numbers are read as text with a
 * warning), and at most 1,000 warnings are kept.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class DecreeTextParser {

    private DecreeTextParser() {
    }

    /**
     * Reads a decree with the {@linkplain DecreeParseOptions#defaults() default options}.
     *
     * @param text the decree's plain text, not null
     * @return the resolution, the warnings and the source spans
     * @throws NullPointerException if {@code text} is null
     * @throws DecreeParseException if the text is empty, longer than 1 MiB, or has neither an operative
     *     formula nor a numbered clause
     */
    public static DecreeParseResult parse(String text) {
        return parse(text, DecreeParseOptions.defaults());
    }

    /**
     * Reads a decree.
     *
     * @param text the decree's plain text, not null
     * @param options the input cap, the "до" policy, and the issuer's id or an organization tree; not null
     * @return the resolution, the warnings and the source spans
     * @throws NullPointerException if an argument is null
     * @throws TextTooLongException if the text is longer than {@link DecreeParseOptions#maxLength()}
     * @throws DecreeParseException if the text is empty, or has neither an operative formula nor a
     *     numbered clause
     */
    public static DecreeParseResult parse(String text, DecreeParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        if (text.length() > options.maxLength()) {
            throw new TextTooLongException(text, options.maxLength());
        }
        DecreeLineScanner lines = DecreeLineScanner.scan(text);
        boolean blank = true;
        for (int i = 0; i < lines.count() && blank; i++) {
            blank = lines.isBlank(i);
        }
        if (blank) {
            throw new DecreeParseException(ErrorType.EMPTY, text, 0);
        }
        DecreeWarnings warnings = new DecreeWarnings(lines);
        DecreeDraft draft = DecreeDraftReader.read(text, lines, warnings);
        return DecreeInterpreter.interpret(draft, options, warnings);
    }
}
