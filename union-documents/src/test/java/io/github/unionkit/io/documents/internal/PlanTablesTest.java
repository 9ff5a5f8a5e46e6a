package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DocumentFormat;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.PlanItem;
import io.github.unionkit.io.documents.PlanTable;
import io.github.unionkit.model.time.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTablesTest {

    @Test
    void recognisesThePlanHeadersPeopleWrite() {
        assertThat(PlanTables.columns(List.of("№ п/п", "Наименование мероприятия", "Сроки исполнения",
                "Ответственные"))).contains(new PlanTables.Columns(0, 1, 2, 3));
        assertThat(PlanTables.columns(List.of("Содержание", "Дата", "Исполнители")))
                .contains(new PlanTables.Columns(-1, 0, 1, 2));
        assertThat(PlanTables.columns(List.of("«18» декабря 2020 г.", "№ 3-1"))).isEmpty();
        assertThat(PlanTables.columns(List.of("Мероприятие", "Ответственный"))).isEmpty();
    }

    @Test
    void readsRowsKeepingNumbersAndResponsibleAsWritten() {
        TextSink sink = new TextSink(DocumentFormat.DOCX, 1000);
        PlanTables.Columns columns = PlanTables.columns(List.of("№ п/п", "Мероприятие", "Срок", "Ответственные"))
                .orElseThrow();
        PlanTable plan = PlanTables.read(columns, List.of(
                new PlanTables.Row(List.of("1", "2", "3", "4"), 4),
                new PlanTables.Row(List.of("1.", "Провести  семинар", "I квартал 2021 г.", "Президиум,\nИванова И.И."), 8),
                new PlanTables.Row(List.of("2.", "", "", ""), 12),
                new PlanTables.Row(List.of("3.", "Отчёт", "сентябрь-октябрь 2021 г.", ""), 16)), 0, sink).orElseThrow();
        assertThat(plan.items()).hasSize(2);
        PlanItem first = plan.items().get(0);
        assertThat(first.number()).contains("1.");
        assertThat(first.action()).isEqualTo("Провести семинар");
        assertThat(first.responsible()).containsExactly("Президиум", "Иванова И.И.");
        assertThat(first.deadline()).map(d -> d.kind()).contains(DeadlineKind.QUARTER);
        assertThat(plan.items().get(1).deadline().flatMap(d -> d.lastDay())).contains(LocalDate.of(2021, 10, 31));
        assertThat(sink.finish().warnings()).extracting(DocumentWarning::code)
                .containsExactly(DocumentWarning.Code.PLAN_ROW_WITHOUT_ACTION);
    }

    @Test
    void aDeadlineCellThatIsNoDeadlineIsAbsentWithAWarning() {
        PlanItem item = new PlanItem(Optional.of("5."), "Отчёт", List.of(), Optional.of("по мере необходимости?"),
                Optional.empty(), 3);
        List<DocumentWarning> warnings = new ArrayList<>();
        PlanItem read = PlanTables.withDeadline(item, Optional.of(LocalDate.of(2021, 1, 10)), warnings::add);
        assertThat(read.deadline()).isEmpty();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(DocumentWarning.Code.PLAN_DEADLINE_UNREAD);
            assertThat(w.source()).isEqualTo(3);
        });
    }

    @Test
    void aPhraseNeedingTheDecreeDateStaysUnresolvedWithoutIt() {
        PlanItem item = new PlanItem(Optional.empty(), "Отчёт", List.of(), Optional.of("в течение года"),
                Optional.empty(), 0);
        List<DocumentWarning> warnings = new ArrayList<>();
        PlanItem read = PlanTables.withDeadline(item, Optional.empty(), warnings::add);
        assertThat(read.deadline()).map(d -> d.kind()).contains(DeadlineKind.UNRESOLVED);
        assertThat(warnings).isEmpty();
    }
}
