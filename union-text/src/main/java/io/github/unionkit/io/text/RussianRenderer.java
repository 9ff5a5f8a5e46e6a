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
 * <p><b>Round trip.</b> {@code DecreeTextParser.parse(render(r)).resolution()} equals {@code r}. Where
 * the conventional words cannot say everything the resolution holds — an organization's id, the
 * issuing body when its name does not state it, an assignment or size band the clause's words do not
 * express, a meeting, an attachment — the renderer appends structured notes after the signatory, one
 * per line ({@code [издатель: COMMITTEE | ast | КОМИТЕТ …]}, {@code [поручение 3.1.1: Организовать |
 * … | в течение 2021 года]}); it writes only the notes the parser needs, none for a resolution its
 * words describe completely. Deadlines in notes are phrases read against the document date, so a
 * deadline round-trips exactly when its phrase reads back as itself (for instance a "до X" whose window
 * starts at the adoption date); otherwise the parser reads the rendered phrase. The round trip needs
 * texts that do not themselves read as layout: a header line, title or preamble paragraph that is a
 * date, a "№" line or an operative formula would be read as one.
 *
 * <p><b>Notes</b> ({@code [key target: field | field | …]}, {@code \} escapes {@code |} and itself, an
 * empty field is an absent value, enumerations by constant name, dates in ISO form):
 * {@code издатель} (body kind, organization id, issuer name), {@code заседание} (the meeting),
 * {@code место}, {@code формула}, {@code подпись} (position, name), {@code приложение} (title, reference),
 * {@code ссылка} (number, first day, last day, issuer kind, issuer, as written; together they replace
 * the references found in the text; {@code [ссылки: нет]} for none), {@code контроль} (clause, text,
 * controller; or {@code нет}); per clause, {@code поручение N} (action, subject, deadline phrase; or
 * {@code нет}) with one {@code исполнитель N} per assignee ({@code орган}, {@code организация},
 * {@code организации}, {@code все}, {@code должностное лицо}, {@code лицо} followed by their parts), and
 * {@code полоса N} (range as {@code MembershipRange} writes it, deadline phrase, subject, then name and
 * id of each listed organization; {@code [полосы N: нет]} for none).
 *
 * <p>The class is stateless and thread-safe; rendering is linear in the size of the resolution (it
 * reads its own output back twice to decide on the notes).
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
