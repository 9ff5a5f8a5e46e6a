package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.ClauseNumberParseException.ErrorType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "3.1.1|3.1.1",
        "3.1.1.|3.1.1",
        "' 3.1.1 '|3.1.1",
        "'\t3.1.1.\u00A0'|3.1.1",
        "6|6",
        "6.|6",
        "03.01|3.1",
        "10.12|10.12",
    })
    void parseAcceptsDecreeFormsAndPrintsTheCanonicalForm(String written, String canonical) {
        ClauseNumber number = ClauseNumber.parse(written);

        assertThat(number).hasToString(canonical);
        assertThat(ClauseNumber.parse(canonical)).isEqualTo(number);
    }

    @Test
    void parseReadsTheParts() {
        assertThat(ClauseNumber.parse("4.1.3").parts()).containsExactly(4, 1, 3);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" fails with {1} at {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "''|EMPTY|0",
        "' '|EMPTY|0",
        ".1|MISSING_NUMBER|0",
        "3..1|MISSING_NUMBER|2",
        "3.1..|MISSING_NUMBER|4",
        "0|NUMBER_OUT_OF_RANGE|0",
        "3.0|NUMBER_OUT_OF_RANGE|2",
        "3.10000|NUMBER_OUT_OF_RANGE|2",
        "1.1.1.1.1.1.1.1.1.1.1|TOO_DEEP|20",
        "3.1a|UNEXPECTED_CHARACTER|3",
        "3. 1|UNEXPECTED_CHARACTER|3",
        "3 .1|UNEXPECTED_CHARACTER|2",
        "3-1|UNEXPECTED_CHARACTER|1",
        "3.1)|UNEXPECTED_CHARACTER|3",
        "п. 3|UNEXPECTED_CHARACTER|0",
    })
    void parseRejectsInvalidTextWithTypeAndIndex(String text, ErrorType type, int index) {
        assertThatThrownBy(() -> ClauseNumber.parse(text))
                .isInstanceOfSatisfying(ClauseNumberParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.input()).isEqualTo(text);
                    assertThat(e).hasMessageContaining("column " + (index + 1));
                });
    }

    @Test
    void parseRejectsTextLongerThanTheCap() {
        String text = " ".repeat(ClauseNumber.MAX_LENGTH) + "1";

        assertThatThrownBy(() -> ClauseNumber.parse(text))
                .isInstanceOfSatisfying(ClauseNumberParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG);
                    assertThat(e.index()).isEqualTo(ClauseNumber.MAX_LENGTH);
                });
    }

    @Test
    void deepestLargestNumberRoundTrips() {
        int[] parts = new int[ClauseNumber.MAX_DEPTH];
        Arrays.fill(parts, ClauseNumber.MAX_PART);
        ClauseNumber number = ClauseNumber.of(parts);

        assertThat(number.toString()).hasSizeLessThanOrEqualTo(ClauseNumber.MAX_LENGTH);
        assertThat(ClauseNumber.parse(number.toString() + ".")).isEqualTo(number);
    }

    @Test
    void constructorChecksInvariants() {
        assertThatIllegalArgumentException().isThrownBy(ClauseNumber::of);
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(ClauseNumber.MAX_PART + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(new int[ClauseNumber.MAX_DEPTH + 1]));
        assertThatThrownBy(() -> new ClauseNumber(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ClauseNumber(Arrays.asList(1, null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void partsAreCopiedAndUnmodifiable() {
        List<Integer> parts = new ArrayList<>(List.of(3, 1));
        ClauseNumber number = new ClauseNumber(parts);
        parts.add(1);

        assertThat(number.depth()).isEqualTo(2);
        assertThatThrownBy(() -> number.parts().add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parentChildAndNextNavigateTheTree() {
        ClauseNumber number = ClauseNumber.of(3, 1, 1);

        assertThat(number.depth()).isEqualTo(3);
        assertThat(number.last()).isEqualTo(1);
        assertThat(number.parent()).contains(ClauseNumber.of(3, 1));
        assertThat(ClauseNumber.of(3).parent()).isEmpty();
        assertThat(ClauseNumber.of(3, 1).child(2)).isEqualTo(ClauseNumber.of(3, 1, 2));
        assertThat(number.next()).isEqualTo(ClauseNumber.of(3, 1, 2));
        assertThat(ClauseNumber.of(3).next()).isEqualTo(ClauseNumber.of(4));
    }

    @Test
    void navigationFailsAtTheLimits() {
        int[] deepest = new int[ClauseNumber.MAX_DEPTH];
        Arrays.fill(deepest, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(deepest).child(1));
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(3).child(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ClauseNumber.of(ClauseNumber.MAX_PART).next());
    }

    @Test
    void ancestorIsAProperPrefix() {
        ClauseNumber clause = ClauseNumber.of(3, 1, 1);

        assertThat(ClauseNumber.of(3).isAncestorOf(clause)).isTrue();
        assertThat(ClauseNumber.of(3, 1).isAncestorOf(clause)).isTrue();
        assertThat(clause.isAncestorOf(clause)).isFalse();
        assertThat(ClauseNumber.of(3, 2).isAncestorOf(clause)).isFalse();
        assertThat(clause.isAncestorOf(ClauseNumber.of(3, 1))).isFalse();
        assertThat(ClauseNumber.of(1).isAncestorOf(ClauseNumber.of(10, 1))).isFalse();
    }

    @Test
    void naturalOrderIsDocumentOrder() {
        List<ClauseNumber> expected = List.of(
                ClauseNumber.of(2), ClauseNumber.of(3), ClauseNumber.of(3, 1), ClauseNumber.of(3, 1, 1),
                ClauseNumber.of(3, 1, 2), ClauseNumber.of(3, 2), ClauseNumber.of(10));
        List<ClauseNumber> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
        assertThat(ClauseNumber.parse("3.1.").compareTo(ClauseNumber.of(3, 1))).isZero();
    }
}
