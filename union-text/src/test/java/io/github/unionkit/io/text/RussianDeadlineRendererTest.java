package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.unionkit.io.text.RussianDeadlineRenderer.YearStyle;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.Recurrence;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.testkit.DeadlineGenerators;
import io.github.unionkit.testkit.quicktheories.QuickTheoriesGenerators;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.YearHalf;
import org.threeten.extra.YearQuarter;

class RussianDeadlineRendererTest {

    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);

    static Stream<Arguments> renderings() {
        return Stream.of(
                Arguments.of(Deadline.inQuarter(YearQuarter.of(2021, 1)), "в первом квартале 2021 года",
                        "в первом квартале 2021 г."),
                Arguments.of(Deadline.inQuarter(YearQuarter.of(2021, 4)), "в четвертом квартале 2021 года",
                        "в четвертом квартале 2021 г."),
                Arguments.of(Deadline.until(DOC, LocalDate.of(2020, 12, 29), UntilPolicy.EXCLUSIVE),
                        "до 29 декабря 2020 года", "до 29 декабря 2020 г."),
                Arguments.of(Deadline.until(DOC, LocalDate.of(2021, 3, 1), UntilPolicy.INCLUSIVE),
                        "до 1 марта 2021 года включительно", "до 1 марта 2021 г. включительно"),
                Arguments.of(Deadline.inYear(Year.of(2021)), "в течение 2021 года", "в течение 2021 г."),
                Arguments.of(Deadline.inHalf(YearHalf.of(2021, 1)), "в первом полугодии 2021 года",
                        "в первом полугодии 2021 г."),
                Arguments.of(Deadline.inHalf(YearHalf.of(2021, 2)), "во втором полугодии 2021 года",
                        "во втором полугодии 2021 г."),
                Arguments.of(Deadline.inMonth(YearMonth.of(2020, 12)), "в декабре 2020 года", "в декабре 2020 г."),
                Arguments.of(Deadline.noLaterThan(DOC, LocalDate.of(2021, 3, 1)), "не позднее 1 марта 2021 года",
                        "не позднее 1 марта 2021 г."),
                Arguments.of(Deadline.onDay(LocalDate.of(2020, 12, 29)), "29 декабря 2020 года", "29 декабря 2020 г."),
                Arguments.of(Deadline.between(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 5, 21)),
                        "с 20 по 21 мая 2016 года", "с 20 по 21 мая 2016 г."),
                Arguments.of(Deadline.between(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 2)),
                        "с 30 апреля по 2 мая 2016 года", "с 30 апреля по 2 мая 2016 г."),
                Arguments.of(Deadline.between(LocalDate.of(2006, 12, 29), LocalDate.of(2007, 1, 5)),
                        "с 29 декабря 2006 года по 5 января 2007 года", "с 29 декабря 2006 г. по 5 января 2007 г."),
                Arguments.of(Deadline.inYears(Year.of(2024), Year.of(2025)), "в 2024–2025 годах", "в 2024–2025 гг."),
                Arguments.of(Deadline.ongoing(DOC), "постоянно", "постоянно"),
                Arguments.of(Deadline.recurring(Recurrence.MONTHLY, DOC), "ежемесячно", "ежемесячно"),
                Arguments.of(Deadline.recurring(Recurrence.QUARTERLY, DOC), "ежеквартально", "ежеквартально"),
                Arguments.of(Deadline.recurring(Recurrence.HALF_YEARLY, DOC), "раз в полугодие", "раз в полугодие"),
                Arguments.of(Deadline.recurring(Recurrence.YEARLY, DOC), "ежегодно", "ежегодно"),
                Arguments.of(Deadline.unspecified(), "срок не установлен", "срок не установлен"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("renderings")
    void rendersEachKindInInflectedRussian(Deadline deadline, String full, String abbreviated) {
        assertThat(RussianDeadlineRenderer.render(deadline)).isEqualTo(full);
        assertThat(RussianDeadlineRenderer.render(deadline, YearStyle.FULL)).isEqualTo(full);
        assertThat(RussianDeadlineRenderer.render(deadline, YearStyle.ABBREVIATED)).isEqualTo(abbreviated);
    }

    @Test
    void rendersFromTheTypedValueNotTheAttachedPhrase() {
        Deadline deadline = Deadline.inQuarter(YearQuarter.of(2021, 1)).withPhrase("в I кв. 2021 г.");

        assertThat(RussianDeadlineRenderer.render(deadline)).isEqualTo("в первом квартале 2021 года");
    }

    @Test
    void rendersDaysCompactlyAsReferencesWriteThem() {
        LocalDate may20 = LocalDate.of(2016, 5, 20);

        assertThat(RussianDeadlineRenderer.renderDays(may20, may20, YearStyle.FULL)).isEqualTo("20 мая 2016 года");
        assertThat(RussianDeadlineRenderer.renderDays(may20, may20.plusDays(1), YearStyle.FULL))
                .isEqualTo("20–21 мая 2016 года");
        assertThat(RussianDeadlineRenderer.renderDays(LocalDate.of(2016, 4, 30), LocalDate.of(2016, 5, 1),
                YearStyle.ABBREVIATED)).isEqualTo("30 апреля – 1 мая 2016 г.");
        assertThat(RussianDeadlineRenderer.renderDays(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 2),
                YearStyle.FULL)).isEqualTo("31 декабря 2020 года – 2 января 2021 года");
        assertThat(RussianDeadlineRenderer.renderDate(LocalDate.of(2021, 3, 1), YearStyle.ABBREVIATED))
                .isEqualTo("1 марта 2021 г.");
        assertThatThrownBy(() -> RussianDeadlineRenderer.renderDays(may20, may20.minusDays(1), YearStyle.FULL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compactDaysReadBackAsTheSameRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            LocalDate first = DeadlineGenerators.dates().generate(random);
            LocalDate last = first.plusDays(random.nextInt(0, 40));
            for (YearStyle style : YearStyle.values()) {
                Deadline read = RussianDeadlines.parse(RussianDeadlineRenderer.renderDays(first, last, style), DOC);
                assertThat(read.window().getStart()).isEqualTo(first);
                assertThat(read.lastDay()).contains(last);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void parsingTheRenderingGivesTheSameKindWindowAndLastDay(DeadlineKind kind) {
        SplittableRandom random = new SplittableRandom(kind.ordinal() * 31L + 5);
        for (int i = 0; i < 100; i++) {
            Deadline deadline = DeadlineGenerators.deadlines(kind).generate(random);
            for (YearStyle style : YearStyle.values()) {
                assertRoundTrip(deadline, style);
            }
        }
    }

    @Test
    void parsingTheRenderingGivesTheSameDeadlineForEveryGeneratedDeadline() {
        qt().withExamples(300).forAll(QuickTheoriesGenerators.from(DeadlineGenerators.deadlines()))
                .checkAssert(deadline -> assertRoundTrip(deadline, YearStyle.FULL));
    }

    private static void assertRoundTrip(Deadline deadline, YearStyle style) {
        // Kinds whose window starts at the document date are read back in a document of that date.
        LocalDate documentDate = deadline.window().isUnboundedStart() ? DOC : deadline.window().getStart();
        String text = RussianDeadlineRenderer.render(deadline, style);

        Deadline read = RussianDeadlines.parse(text, documentDate);

        assertThat(read.kind()).as(text).isEqualTo(deadline.kind());
        assertThat(read.window()).as(text).isEqualTo(deadline.window());
        assertThat(read.lastDay()).as(text).isEqualTo(deadline.lastDay());
        assertThat(read.withoutPhrase()).as(text).isEqualTo(deadline.withoutPhrase());
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> RussianDeadlineRenderer.render(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RussianDeadlineRenderer.render(Deadline.unspecified(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
