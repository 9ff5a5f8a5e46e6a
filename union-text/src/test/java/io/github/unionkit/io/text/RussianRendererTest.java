package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Attachment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.meeting.MeetingKind;
import io.github.unionkit.model.meeting.RomanNumeral;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class RussianRendererTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);
    private static final OrganizationId ORG = OrganizationId.of("ru.30");

    private static Resolution.Builder minimal() {
        return Resolution.builder()
                .issuer(Body.of(BodyKind.PRESIDIUM, ORG))
                .issuerName("ПРЕЗИДИУМ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА")
                .addHeaderLines("ПРЕЗИДИУМ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА", "ПОСТАНОВЛЕНИЕ")
                .number(DecreeNumber.parse("27-5"))
                .adopted(LocalDateRange.ofClosed(DOC, DOC))
                .title("О переходе на централизованный учет")
                .operativeFormula("Президиум постановляет:")
                .addClauses(Clause.of(ClauseNumber.of(1), "Утвердить план."));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    @Test
    void theSeedIsWrittenInTheConventionalLayout() {
        String text = RussianRenderer.render(SeedResolutions.astrakhan3of1());

        assertThat(lines(text)).containsSubsequence(
                "КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА ПОСТАНОВЛЕНИЕ",
                "«18» декабря 2020 г.",
                "г. Астрахань",
                "№ 3-1",
                "Об итогах работы VIII съезда Общероссийского Профсоюза образования",
                "Комитет областной организации Профсоюза постановляет:",
                "3. Поручить Президиуму Астраханской областной организации Профсоюза:",
                "3.1. Организовать:",
                "3.1.1. В течение 2021 года проведение серии обучающих семинаров для профактива организации по "
                        + "документам, принятым на VIII Съезде и Исполкоме Профсоюза.",
                "– в первом квартале 2021 года территориальным организациям Профсоюза с численностью до 1 тыс.членов "
                        + "Профсоюза (Ахтубинская ТОП, Енотаевская ТОП, Наримановская ТОП, Приволжская ТОП, "
                        + "Харабалинская ТОП, Черноярская ТОП);",
                "6. Контроль за выполнением настоящего постановления возложить на председателя организации Бугрееву Т.М.",
                "Председатель областной организации Профсоюза");
        assertThat(lines(text)).noneMatch(line -> line.startsWith("["));
    }

    @Test
    void theRenderedSeedReadsBackAsTheSeed() {
        String text = RussianRenderer.render(SeedResolutions.astrakhan3of1());

        DecreeParseResult result = DecreeTextParser.parse(text,
                DecreeParseOptions.defaults().withIssuer(SeedResolutions.ASTRAKHAN));

        assertThat(result.resolution()).isEqualTo(SeedResolutions.astrakhan3of1());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void renderingWhatWasReadGivesTheSameText() {
        String once = RussianRenderer.render(SeedResolutions.astrakhan3of1());

        String twice = RussianRenderer.render(DecreeTextParser.parse(once).resolution());

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void adoptionDatesInEveryShape() {
        assertThat(RussianRenderer.renderDate(LocalDateRange.ofClosed(DOC, DOC))).isEqualTo("«18» декабря 2020 г.");
        assertThat(RussianRenderer.renderDate(LocalDateRange.ofClosed(LocalDate.of(2016, 5, 20),
                LocalDate.of(2016, 5, 21)))).isEqualTo("«20»–«21» мая 2016 г.");
        assertThat(RussianRenderer.renderDate(LocalDateRange.ofClosed(LocalDate.of(2020, 11, 30),
                LocalDate.of(2020, 12, 1)))).isEqualTo("«30» ноября – «01» декабря 2020 г.");
        assertThat(RussianRenderer.renderDate(LocalDateRange.ofClosed(LocalDate.of(2020, 12, 31),
                LocalDate.of(2021, 1, 2)))).isEqualTo("«31» декабря 2020 г. – «02» января 2021 г.");
        assertThatThrownBy(() -> RussianRenderer.renderDate(LocalDateRange.of(DOC, DOC)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiDayDatesReadBack() {
        for (LocalDateRange dates : List.of(
                LocalDateRange.ofClosed(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 5, 21)),
                LocalDateRange.ofClosed(LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 1)),
                LocalDateRange.ofClosed(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 2)))) {
            Resolution resolution = minimal().adopted(dates).build();

            assertThat(DecreeTextParser.parse(RussianRenderer.render(resolution)).resolution().adopted()).contains(dates);
        }
    }

    @Test
    void anAssignmentTheWordsDoNotStateIsNotPrintedAndNotReadBack() {
        Assignment assignment = Assignment.of(Assignee.allOf(OrganizationLevel.TERRITORIAL), "Провести",
                "конференции", Deadline.inQuarter(YearQuarter.of(2021, 1)));
        Resolution resolution = minimal()
                .clauses(List.of(Clause.builder().number(ClauseNumber.of(1)).text("Конференции.")
                        .assignment(assignment).build()))
                .build();

        String text = RussianRenderer.render(resolution);

        assertThat(lines(text)).contains("1. Конференции.").noneMatch(line -> line.startsWith("["));
        assertThat(DecreeTextParser.parse(text).resolution().clauses().get(0).assignment()).isEmpty();
    }

    @Test
    void anAssignmentTheWordsStateNeedsNoNote() {
        Resolution seedLike = DecreeTextParser.parse("ПРЕЗИДИУМ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\n"
                + "«18» декабря 2020 г.\n№ 27-5\nО переходе\nПрезидиум постановляет:\n"
                + "1. Поручить президиуму провести конференцию в 2021 году.\n").resolution();

        String text = RussianRenderer.render(seedLike);

        assertThat(seedLike.clauses().get(0).assignment()).isPresent();
        assertThat(lines(text)).noneMatch(line -> line.startsWith("[поручение"));
    }

    @Test
    void onlyWhatAPersonWouldPrintIsWritten() {
        Meeting meeting = Meeting.builder().body(Body.of(BodyKind.COMMITTEE, ORG)).kind(MeetingKind.PLENUM)
                .ordinal(RomanNumeral.of(4)).dates(LocalDateRange.ofClosed(DOC, DOC)).build();
        Resolution resolution = minimal()
                .draft(true)
                .meeting(meeting)
                .addAttachments(Attachment.of("План мероприятий"), Attachment.of("Смета расходов"))
                .signatory(Signatory.of("Председатель", "Иванов И.И."))
                .build();

        String text = RussianRenderer.render(resolution);

        assertThat(lines(text)).startsWith("ПРОЕКТ").contains("Приложения:", "1. План мероприятий",
                "2. Смета расходов").noneMatch(line -> line.startsWith("[") || line.contains("PLENUM"));
        Resolution read = DecreeTextParser.parse(text).resolution();
        assertThat(read.draft()).isTrue();
        assertThat(read.meeting()).isEmpty();
        assertThat(read.attachments()).isEqualTo(resolution.attachments());
        assertThat(read.signatory()).isEqualTo(resolution.signatory());
    }

    @Test
    void absentElementsArePrintedAsNothing() {
        Resolution resolution = Resolution.builder().addClauses(Clause.of(ClauseNumber.of(1), "Утвердить план."))
                .build();

        String text = RussianRenderer.render(resolution);

        assertThat(text).doesNotContain("№").doesNotContain("г.");
        Resolution read = DecreeTextParser.parse(text).resolution();
        assertThat(read.number()).isEmpty();
        assertThat(read.adopted()).isEmpty();
        assertThat(read.clauses()).isEqualTo(resolution.clauses());
    }

    @Test
    void aConventionalSignatoryIsWrittenWithTheNameAfterTabs() {
        Resolution resolution = minimal().signatory(Signatory.of("Председатель организации", "Т.М. Бугреева")).build();

        String text = RussianRenderer.render(resolution);

        assertThat(lines(text)).contains("Председатель организации\t\t\tТ.М. Бугреева");
        assertThat(DecreeTextParser.parse(text).resolution().signatory()).isEqualTo(resolution.signatory());
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> RussianRenderer.render(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianRenderer.renderDate(null)).isInstanceOf(NullPointerException.class);
    }
}
