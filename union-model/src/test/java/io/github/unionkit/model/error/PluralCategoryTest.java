package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

class PluralCategoryTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, MANY", "1, ONE", "2, FEW", "4, FEW", "5, MANY", "11, MANY", "12, MANY", "14, MANY",
        "21, ONE", "22, FEW", "25, MANY", "101, ONE", "111, MANY", "112, MANY", "1000, MANY", "1001, ONE",
        "1002, FEW", "-1, ONE", "-3, FEW"})
    void russianCountsTakeTheirCldrForm(long count, PluralCategory expected) {
        assertThat(PluralCategory.of(count, RU)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, OTHER", "1, ONE", "2, OTHER", "21, OTHER", "-1, ONE"})
    void englishCountsAreOneOrOther(long count, PluralCategory expected) {
        assertThat(PluralCategory.of(count, Locale.ENGLISH)).isEqualTo(expected);
        assertThat(PluralCategory.of(count, Locale.GERMAN)).isEqualTo(expected);
    }

    @Test
    void theRussianFormDependsOnlyOnTheLastTwoDigits() {
        QuickTheory.qt().forAll(SourceDSL.longs().between(0, Long.MAX_VALUE / 2)).checkAssert(n ->
                assertThat(PluralCategory.of(n, RU)).isEqualTo(PluralCategory.of(n % 100 + 100, RU)));
    }

    @Test
    void russianNeverUsesOtherAndEnglishNeverUsesFewOrMany() {
        QuickTheory.qt().forAll(SourceDSL.longs().all()).checkAssert(n -> {
            assertThat(PluralCategory.of(n, RU)).isNotEqualTo(PluralCategory.OTHER);
            assertThat(PluralCategory.of(n, Locale.ENGLISH)).isIn(PluralCategory.ONE, PluralCategory.OTHER);
        });
    }

    @Test
    void theSuffixIsTheLowerCaseName() {
        assertThat(PluralCategory.FEW.suffix()).isEqualTo("few");
        assertThat(PluralCategory.OTHER.suffix()).isEqualTo("other");
    }
}
