package io.github.unionkit.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.org.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class MeetingTest {

    private static final Body KRASNODAR_COMMITTEE = Body.of(BodyKind.COMMITTEE, OrganizationId.of("ru.krasnodar"));
    private static final LocalDateRange APRIL_27 = LocalDateRange.ofClosed(LocalDate.of(2021, 4, 27),
            LocalDate.of(2021, 4, 27));

    private static Meeting.Builder plenum() {
        return Meeting.builder().body(KRASNODAR_COMMITTEE).kind(MeetingKind.PLENUM).dates(APRIL_27);
    }

    @Test
    void buildsTheKrasnodarPlenumFromTheSeed() {
        Meeting meeting = plenum()
                .ordinal(RomanNumeral.parse("IV"))
                .place("краевой Дом работников образования")
                .addAgenda(AgendaItem.of(1, "Открытый (публичный) отчёт о деятельности организации в 2020 году"))
                .addAgenda(AgendaItem.of(2, "о переименовании Краснодарской краевой организации Профсоюза"))
                .addAgenda(AgendaItem.of(3, "об утверждении Регламента Комитета"))
                .addAgenda(AgendaItem.of(4, "о выборах делегатов на IX Съезд"))
                .build();

        assertThat(meeting.body()).isEqualTo(KRASNODAR_COMMITTEE);
        assertThat(meeting.kind()).isEqualTo(MeetingKind.PLENUM);
        assertThat(meeting.ordinal()).contains(RomanNumeral.of(4));
        assertThat(meeting.number()).isEmpty();
        assertThat(meeting.stage()).isEmpty();
        assertThat(meeting.agenda()).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4);
        assertThat(meeting.firstDay()).isEqualTo(meeting.lastDay()).isEqualTo(LocalDate.of(2021, 4, 27));
    }

    @Test
    void multiDayMeetingExposesFirstAndLastDay() {
        Meeting meeting = Meeting.builder()
                .body(Body.of(BodyKind.EXECUTIVE_COMMITTEE, OrganizationId.of("ru")))
                .kind(MeetingKind.SESSION)
                .number(5)
                .dates(LocalDateRange.ofClosed(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 5, 21)))
                .build();

        assertThat(meeting.number()).hasValue(5);
        assertThat(meeting.firstDay()).isEqualTo(LocalDate.of(2016, 5, 20));
        assertThat(meeting.lastDay()).isEqualTo(LocalDate.of(2016, 5, 21));
    }

    @Test
    void congressStageIsKept() {
        Meeting meeting = Meeting.builder()
                .body(Body.of(BodyKind.CONGRESS, OrganizationId.of("ru")))
                .kind(MeetingKind.CONGRESS)
                .ordinal(RomanNumeral.of(8))
                .stage(2)
                .dates(APRIL_27)
                .build();

        assertThat(meeting.stage()).hasValue(2);
        assertThat(meeting.ordinal().map(RomanNumeral::toString)).contains("VIII");
    }

    @Test
    void placeIsWhitespaceNormalized() {
        Meeting meeting = plenum().place("  г.\u00A0Астрахань \n").build();

        assertThat(meeting.place()).contains("г. Астрахань");
        assertThat(meeting).isEqualTo(plenum().place("г. Астрахань").build());
    }

    @Test
    void rejectsBlankPlace() {
        assertThatIllegalArgumentException().isThrownBy(() -> plenum().place(" \t").build());
    }

    @Test
    void rejectsNonPositiveNumberAndStage() {
        assertThatIllegalArgumentException().isThrownBy(() -> plenum().number(0).build())
                .withMessageContaining("number");
        assertThatIllegalArgumentException().isThrownBy(() -> plenum().stage(-1).build())
                .withMessageContaining("stage");
    }

    @Test
    void rejectsEmptyOrUnboundedDates() {
        LocalDate day = LocalDate.of(2021, 4, 27);
        assertThatIllegalArgumentException().isThrownBy(() -> plenum().dates(LocalDateRange.of(day, day)).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plenum().dates(LocalDateRange.ofUnboundedEnd(day)).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plenum().dates(LocalDateRange.ofUnboundedStart(day)).build());
    }

    @Test
    void rejectsAgendaNotNumberedOneToN() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plenum().addAgenda(AgendaItem.of(2, "о выборах")).build());
        assertThatIllegalArgumentException().isThrownBy(() -> plenum()
                .agenda(List.of(AgendaItem.of(1, "отчёт"), AgendaItem.of(3, "о выборах"))).build());
        assertThatIllegalArgumentException().isThrownBy(() -> plenum()
                .agenda(List.of(AgendaItem.of(1, "отчёт"), AgendaItem.of(1, "о выборах"))).build());
    }

    @Test
    void rejectsMissingRequiredAttributesAndNulls() {
        assertThatThrownBy(() -> Meeting.builder().kind(MeetingKind.PLENUM).dates(APRIL_27).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("body");
        assertThatThrownBy(() -> plenum().place((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> plenum().addAgenda((AgendaItem) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void agendaIsUnmodifiable() {
        Meeting meeting = plenum().addAgenda(AgendaItem.of(1, "отчёт")).build();

        assertThatThrownBy(() -> meeting.agenda().add(AgendaItem.of(2, "о выборах")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalMeetingsHaveEqualHashCodes() {
        Meeting a = plenum().ordinal(RomanNumeral.of(4)).build();
        Meeting b = plenum().ordinal(RomanNumeral.of(4)).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(plenum().build());
        assertThat(a.toString()).contains("PLENUM").contains("IV");
    }
}
