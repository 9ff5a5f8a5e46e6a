package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.DecreeReference;
import io.github.unionkit.model.time.Deadline;
import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Coverage-guided fuzzing of the Russian text entry points. Oracles: only the documented exceptions;
 * a deadline's window contains its last day; matches lie inside the text, in order, without
 * overlapping; every decree number found prints in a form that parses back to it; reference dates
 * are closed ranges. The document date comes from the input's last bytes, the text from the rest.
 */
class TextFuzzTest {

    private static LocalDate documentDate(FuzzedDataProvider data) {
        return LocalDate.of(1990, 1, 1).plusDays(data.consumeInt(0, 60 * 366));
    }

    @FuzzTest(maxDuration = "2m")
    void deadlineParse(FuzzedDataProvider data) {
        LocalDate date = documentDate(data);
        String phrase = data.consumeRemainingAsString();
        Deadline deadline;
        try {
            deadline = RussianDeadlines.parse(phrase, date);
        } catch (DeadlineParseException e) {
            assertThat(e.errorType()).isNotNull();
            return;
        }
        assertWindowHoldsLastDay(deadline);
    }

    @FuzzTest(maxDuration = "2m")
    void deadlineFindAll(FuzzedDataProvider data) {
        LocalDate date = documentDate(data);
        String text = data.consumeRemainingAsString();
        List<DeadlineMatch> matches = RussianDeadlines.findAll(text, date);
        int end = 0;
        for (DeadlineMatch match : matches) {
            assertThat(match.start()).isGreaterThanOrEqualTo(end);
            assertThat(match.end()).isGreaterThan(match.start()).isLessThanOrEqualTo(text.length());
            end = match.end();
            assertWindowHoldsLastDay(match.deadline());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void decreeReferencesFindAll(FuzzedDataProvider data) {
        LocalDate date = documentDate(data);
        String text = data.consumeRemainingAsString();
        for (DecreeReference reference : DecreeReferences.findAll(text, date)) {
            assertNumberRoundTrips(reference.number());
            LocalDateRange dates = reference.dates();
            assertThat(dates.isUnboundedStart() || dates.isUnboundedEnd()).isFalse();
            assertThat(dates.getStart()).isBeforeOrEqualTo(dates.getEndInclusive());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void decreeTextParse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        DecreeParseResult result;
        try {
            result = DecreeTextParser.parse(text);
        } catch (DecreeParseException e) {
            assertThat(e.getMessage()).isNotNull();
            return;
        }
        assertThat(result.resolution()).isNotNull();
        assertThat(result.warnings()).isNotNull();
        result.resolution().number().ifPresent(TextFuzzTest::assertNumberRoundTrips);
        for (DecreeReference reference : result.resolution().references()) {
            assertNumberRoundTrips(reference.number());
        }
    }

    private static void assertWindowHoldsLastDay(Deadline deadline) {
        deadline.lastDay().ifPresent(last -> assertThat(deadline.window().contains(last))
                .as("window %s contains last day %s", deadline.window(), last).isTrue());
    }

    private static void assertNumberRoundTrips(DecreeNumber number) {
        assertThat(DecreeNumber.parse(number.toString())).isEqualTo(number);
    }
}
