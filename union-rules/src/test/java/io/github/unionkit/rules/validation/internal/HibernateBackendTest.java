package io.github.unionkit.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HibernateBackendTest {

    private static final HibernateBackend BACKEND = HibernateBackend.create();
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    /** A line of a plan: a text and a date. */
    public static final class Line {
        private final String text;
        private final LocalDate since;

        public Line(String text, LocalDate since) {
            this.text = text;
            this.since = since;
        }

        @NotBlank
        public String text() {
            return text;
        }

        @Past
        public LocalDate since() {
            return since;
        }
    }

    /** A plan with lines in a list and in a map. */
    public static final class Plan {
        private final List<Line> lines;
        private final Map<String, Line> byKey;

        public Plan(List<Line> lines, Map<String, Line> byKey) {
            this.lines = lines;
            this.byKey = byKey;
        }

        public List<@Valid Line> lines() {
            return lines;
        }

        public Map<String, @Valid Line> byKey() {
            return byKey;
        }
    }

    @Test
    void aValidBeanGivesTheSharedEmptyList() {
        Plan plan = new Plan(List.of(new Line("a", LocalDate.of(2020, 1, 1))), Map.of());
        assertThat(BACKEND.validate(plan, DAY)).isSameAs(List.of());
    }

    @Test
    void pathsNameListIndexesAndMapKeysAndFindingsAreSortedByPath() {
        Plan plan = new Plan(List.of(new Line("ok", LocalDate.of(2020, 1, 1)), new Line(" ", LocalDate.of(2020, 1, 1))),
                Map.of("b", new Line("ok", DAY)));
        List<Violation> found = BACKEND.validate(plan, DAY);
        assertThat(found).extracting(v -> v.path().toString()).containsExactly("byKey[b].since", "lines[1].text");
        assertThat(found).allSatisfy(v -> {
            assertThat(v.code()).isEqualTo(HibernateBackend.BEAN_CODE);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(found.get(1).argument("constraint")).contains("NotBlank");
        assertThat(found.get(1).argument("property")).contains("lines[1].text");
        assertThat(found.get(1).argument("template")).contains("{jakarta.validation.constraints.NotBlank.message}");
        assertThat(found.get(1).message(Locale.ENGLISH)).startsWith("lines[1].text: must not be blank");
        assertThat(found.get(1).message(Locale.forLanguageTag("ru"))).startsWith("lines[1].text: ")
                .doesNotContain("must not");
    }

    @Test
    void pastIsRelativeToTheAsOfDateNeverToTheSystemClock() {
        Line line = new Line("a", LocalDate.of(2000, 6, 1));
        assertThat(BACKEND.validate(line, LocalDate.of(2000, 6, 1))).extracting(v -> v.argument("constraint").orElseThrow())
                .containsExactly("Past");
        assertThat(BACKEND.validate(line, LocalDate.of(2000, 6, 2))).isEmpty();
        assertThat(BACKEND.validator(DAY)).isSameAs(BACKEND.validator(DAY));
    }

    @Test
    void theInvalidValueIsNeverCopiedIntoTheFinding() {
        Line secret = new Line("\u0020\u0020", LocalDate.of(2030, 1, 1));
        assertThat(BACKEND.validate(secret, DAY)).allSatisfy(v -> {
            assertThat(v.toString()).doesNotContain("2030");
            assertThat(v.arguments()).noneSatisfy(a -> assertThat(a.value()).contains("2030"));
        });
    }
}
