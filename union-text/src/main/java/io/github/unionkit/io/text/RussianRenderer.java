package io.github.unionkit.io.text;

import io.github.unionkit.io.text.internal.ResolutionLayout;
import io.github.unionkit.model.decree.Resolution;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Writes resolutions as the plain text of a Russian decree, in the conventional layout:
 *
 * <pre>
 * ПРОФСОЮЗ РАБОТНИКОВ НАРОДНОГО ОБРАЗОВАНИЯ И НАУКИ РОССИЙСКОЙ ФЕДЕРАЦИИ
 * …                                                   (the header lines)
 *
 * «18» декабря 2020 г.
 * г. Астрахань
 * № 3-1
 *
 * Об итогах работы VIII съезда Общероссийского Профсоюза образования
 * Заслушав и обсудив …                                (the preamble paragraphs)
 *
 * Комитет областной организации Профсоюза постановляет:
 * 1. …
 * 2. …:
 * – …                                                 (bullet items)
 * 3. Поручить Президиуму …:
 * 3.1. Организовать:
 * 3.1.1. В течение 2021 года …
 * …
 * 6. Контроль за выполнением настоящего постановления возложить на …
 *
 * Председатель областной организации Профсоюза        (the signatory, the name after tabs)
 * </pre>
 *
 * Dates are written "«dd» месяца yyyy г." with the month in the genitive; deadlines, where the renderer
 * writes them, come from {@link RussianDeadlineRenderer} ("в первом квартале 2021 года").
 *
 * <p><b>What is written.</b> Only what a person would print: the draft mark «ПРОЕКТ» for a draft, and
 * each requisite only when the resolution has it (an absent number or date is not printed, never a
 * placeholder); after the signatory the attachments («Приложение: …», or «Приложения:» with a
 * numbered list). No machine notes, and the renderer never calls the parser (decision 0017).
 *
 * <p><b>Round trip.</b> {@code DecreeTextParser.parse(render(r)).resolution()} gives back everything
 * the printed text carries — draft mark, header lines, number, dates, place, title, preamble, formula,
 * clause numbers, texts and items, signatory, attachment titles. What the words only imply (the
 * issuer's organization id, assignments, references, the control clause, size bands) is read again
 * from the words, and the meeting is not printed: JSON is the lossless format. The round trip needs
 * texts that do not themselves read as layout: a header line, title or preamble paragraph that is a
 * date, a "№" line or an operative formula would be read as one.
 *
 * <p>The class is stateless and thread-safe; rendering is linear in the size of the resolution.
 */
public final class RussianRenderer {

    private RussianRenderer() {
    }

    /**
     * Renders a whole resolution.
     *
     * @param resolution the resolution, not null
     * @return the decree's text, lines separated by {@code \n}, ending with a line break
     * @throws NullPointerException if {@code resolution} is null
     */
    public static String render(Resolution resolution) {
        return ResolutionLayout.render(Objects.requireNonNull(resolution, "resolution"));
    }

    /**
     * Renders adoption dates as a decree's header writes them: "«18» декабря 2020 г.", "«20»–«21» мая
     * 2016 г.", "«30» ноября – «01» декабря 2020 г.", "«31» декабря 2020 г. – «02» января 2021 г.".
     *
     * @param dates the dates, a closed range of at least one day, not null
     * @return the text
     * @throws NullPointerException if {@code dates} is null
     * @throws IllegalArgumentException if the range is empty or unbounded
     */
    public static String renderDate(LocalDateRange dates) {
        Objects.requireNonNull(dates, "dates");
        if (dates.isEmpty() || dates.isUnboundedStart() || dates.isUnboundedEnd()) {
            throw new IllegalArgumentException("dates must be a closed range of at least one day: " + dates);
        }
        return ResolutionLayout.date(dates);
    }
}
