package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.decree.DecreeNumberParseException.ErrorType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecreeNumberTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "3-1|3-1",
        "№ 3- 1|3-1",
        "N 3-8|3-8",
        "№3-1|3-1",
        "N3-1|3-1",
        "n 3-1|3-1",
        "No 3-1|3-1",
        "No. 3-1|3-1",
        "NO.3-1|3-1",
        "Nº 27-5|27-5",
        "N° 27-5|27-5",
        "  № 5-4  |5-4",
        "3 - 1|3-1",
        "3–1|3-1",
        "3—1|3-1",
        "3−1|3-1",
        "03-01|3-1",
        "5-1.1|5-1.1",
        "№ 5 - 1 . 1|5-1.1",
        "25.61|25.61",
        "25 .61|25.61",
        "1/7|1/7",
        "01 / 07|1/7",
        "07|07",
        "№ 7|7",
        "3-1/27-5|3-1/27-5",
        "№ 3-1 / 27-5|3-1/27-5",
        "3-1/7|3-1/7",
        "07/3-1|07/3-1",
        "1/2/3-1|1/2/3-1",
        "999999999-999999999|999999999-999999999",
    })
    void parseAcceptsWrittenFormsAndPrintsTheCanonicalForm(String written, String canonical) {
        DecreeNumber number = DecreeNumber.parse(written);

        assertThat(number).hasToString(canonical);
        assertThat(DecreeNumber.parse(canonical)).isEqualTo(number);
    }

    @Test
    void parseAcceptsTabsLineBreaksAndNonBreakingSpaces() {
        assertThat(DecreeNumber.parse("\t№\u00A03\u202F-\n1\u2007")).isEqualTo(DecreeNumber.of(3, 1));
    }

    @Test
    void meetingItemNumberExposesMeetingAndItem() {
        DecreeNumber number = DecreeNumber.parse("№ 27-5");

        assertThat(number.scheme()).isEqualTo(NumberingScheme.MEETING_ITEM);
        assertThat(number.meetingNumber()).hasValue(27);
        assertThat(number.itemNumber()).hasValue(5);
        assertThat(number.subItemNumber()).isEmpty();
        assertThat(number.sequence()).isEmpty();
        assertThat(number.parts()).containsExactly(number);
        assertThat(number.isComposite()).isTrue();
    }

    @Test
    void meetingItemSubNumberExposesAllThreeCounters() {
        DecreeNumber number = DecreeNumber.parse("5-1.2");

        assertThat(number.scheme()).isEqualTo(NumberingScheme.MEETING_ITEM_SUB);
        assertThat(number.meetingNumber()).hasValue(5);
        assertThat(number.itemNumber()).hasValue(1);
        assertThat(number.subItemNumber()).hasValue(2);
        assertThat(number).isEqualTo(DecreeNumber.of(5, 1, 2));
    }

    @Test
    void dottedNumberReadsAsMeetingThenItem() {
        DecreeNumber number = DecreeNumber.parse("25.61");

        assertThat(number.scheme()).isEqualTo(NumberingScheme.DOTTED);
        assertThat(number.meetingNumber()).hasValue(25);
        assertThat(number.itemNumber()).hasValue(61);
        assertThat(number).isEqualTo(DecreeNumber.dotted(25, 61));
    }

    @Test
    void slashedNumberReadsAsMeetingThenItem() {
        DecreeNumber number = DecreeNumber.parse("1/7");

        assertThat(number.scheme()).isEqualTo(NumberingScheme.SLASHED);
        assertThat(number.meetingNumber()).hasValue(1);
        assertThat(number.itemNumber()).hasValue(7);
        assertThat(number).isEqualTo(DecreeNumber.slashed(1, 7));
    }

    @Test
    void sequentialNumberKeepsPaddingAndHasNoMeetingOrItem() {
        DecreeNumber padded = DecreeNumber.parse("№ 07");
        DecreeNumber plain = DecreeNumber.parse("7");

        assertThat(padded.scheme()).isEqualTo(NumberingScheme.SEQUENTIAL);
        assertThat(padded).hasToString("07").isEqualTo(DecreeNumber.sequential(7, 2)).isNotEqualTo(plain);
        assertThat(padded.sequence()).hasValue(7);
        assertThat(plain.sequence()).hasValue(7);
        assertThat(padded.meetingNumber()).isEmpty();
        assertThat(padded.itemNumber()).isEmpty();
        assertThat(padded.isComposite()).isFalse();
    }

    @Test
    void jointNumberHasPartsAndNoCountersOfItsOwn() {
        DecreeNumber number = DecreeNumber.parse("3-1/27-5");

        assertThat(number.scheme()).isEqualTo(NumberingScheme.JOINT);
        assertThat(number.parts()).containsExactly(DecreeNumber.of(3, 1), DecreeNumber.of(27, 5));
        assertThat(number.meetingNumber()).isEqualTo(OptionalInt.empty());
        assertThat(number.itemNumber()).isEmpty();
        assertThat(number.subItemNumber()).isEmpty();
        assertThat(number.sequence()).isEmpty();
        assertThat(number).isEqualTo(DecreeNumber.joint(DecreeNumber.of(3, 1), DecreeNumber.of(27, 5)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" fails with {1} at {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "''|EMPTY|0",
        "'   '|EMPTY|0",
        "№|MISSING_NUMBER|1",
        "№ |MISSING_NUMBER|2",
        "-1|MISSING_NUMBER|0",
        "3--1|MISSING_NUMBER|2",
        "3-.1|MISSING_NUMBER|2",
        "/3-1|MISSING_NUMBER|0",
        "3-|TRAILING_SEPARATOR|1",
        "3- |TRAILING_SEPARATOR|1",
        "3-1.|TRAILING_SEPARATOR|3",
        "25.|TRAILING_SEPARATOR|2",
        "3-1/|TRAILING_SEPARATOR|3",
        "3-1-|TRAILING_SEPARATOR|3",
        "3-1-2|TOO_MANY_PARTS|3",
        "5-1.1.1|TOO_MANY_PARTS|5",
        "5-1.1-1|TOO_MANY_PARTS|5",
        "25.61.3|TOO_MANY_PARTS|5",
        "25.61-3|TOO_MANY_PARTS|5",
        "1/2/3|TOO_MANY_PARTS|3",
        "0|NUMBER_OUT_OF_RANGE|0",
        "0-1|NUMBER_OUT_OF_RANGE|0",
        "3-0|NUMBER_OUT_OF_RANGE|2",
        "3-1.00|NUMBER_OUT_OF_RANGE|4",
        "1234567890-1|NUMBER_OUT_OF_RANGE|0",
        "0000000007|NUMBER_OUT_OF_RANGE|0",
        "x|UNEXPECTED_CHARACTER|0",
        "Nope|UNEXPECTED_CHARACTER|2",
        "3-1а|UNEXPECTED_CHARACTER|3",
        "3 1|UNEXPECTED_CHARACTER|2",
        "№№3|UNEXPECTED_CHARACTER|1",
        "3-1 №|UNEXPECTED_CHARACTER|4",
        "٣-1|UNEXPECTED_CHARACTER|0",
        "3,1|UNEXPECTED_CHARACTER|1",
        "3-1 от 18.12.2020|UNEXPECTED_CHARACTER|4",
    })
    void parseRejectsInvalidTextWithTypeAndIndex(String text, ErrorType type, int index) {
        assertThatThrownBy(() -> DecreeNumber.parse(text))
                .isInstanceOfSatisfying(DecreeNumberParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(type);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.input()).isEqualTo(text);
                });
    }

    @Test
    void parseRejectsTextLongerThanTheCapBeforeScanning() {
        String text = "1".repeat(DecreeNumber.MAX_LENGTH) + "-1";

        assertThatThrownBy(() -> DecreeNumber.parse(text))
                .isInstanceOfSatisfying(DecreeNumberParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG);
                    assertThat(e.index()).isEqualTo(DecreeNumber.MAX_LENGTH);
                    assertThat(e.input()).hasSize(DecreeNumber.MAX_LENGTH + 1).endsWith("\u2026");
                });
    }

    @Test
    void parseAcceptsTextOfExactlyTheCap() {
        String text = " ".repeat(DecreeNumber.MAX_LENGTH - 3) + "3-1";

        assertThat(DecreeNumber.parse(text)).isEqualTo(DecreeNumber.of(3, 1));
    }

    @Test
    void parseRejectsMoreJointPartsThanTheMaximum() {
        String text = String.join("/", Collections.nCopies(DecreeNumber.MAX_JOINT_PARTS + 1, "3-1"));
        int lastSlash = text.lastIndexOf('/');

        assertThatThrownBy(() -> DecreeNumber.parse(text))
                .isInstanceOfSatisfying(DecreeNumberParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_MANY_PARTS);
                    assertThat(e.index()).isEqualTo(lastSlash);
                });
    }

    @Test
    void parseExceptionMessageSaysWhereAndWhy() {
        assertThatThrownBy(() -> DecreeNumber.parse("3-1x"))
                .hasMessageContaining("\"3-1x\"")
                .hasMessageContaining("line 1, column 4")
                .hasMessageContaining("'x'")
                .hasMessageContaining("unexpected character");
    }

    @Test
    void parseExceptionMessageEscapesControlCharacters() {
        assertThatThrownBy(() -> DecreeNumber.parse("3-1\u0000"))
                .hasMessageContaining("3-1\\u0000")
                .hasMessageContaining("U+0000");
    }

    @Test
    void parseRejectsNull() {
        assertThatThrownBy(() -> DecreeNumber.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void factoriesRejectCountersOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.of(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.of(1, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.of(1, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.dotted(1, DecreeNumber.MAX_COUNTER + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.slashed(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.sequential(0));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.sequential(1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.sequential(1, DecreeNumber.MAX_WIDTH + 1));
    }

    @Test
    void sequentialWidthIsAMinimum() {
        assertThat(DecreeNumber.sequential(7, 3)).hasToString("007");
        assertThat(DecreeNumber.sequential(123, 2)).hasToString("123").isEqualTo(DecreeNumber.sequential(123, 3));
        assertThat(DecreeNumber.sequential(7)).hasToString("7");
    }

    @Test
    void jointRejectsAmbiguousOrDegenerateParts() {
        DecreeNumber composite = DecreeNumber.of(3, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.joint(composite));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecreeNumber.joint(DecreeNumber.sequential(1), DecreeNumber.sequential(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.joint(composite, DecreeNumber.slashed(1, 7)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecreeNumber.joint(composite, DecreeNumber.joint(composite, composite)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DecreeNumber.joint(Collections.nCopies(DecreeNumber.MAX_JOINT_PARTS + 1, composite)));
        DecreeNumber big = DecreeNumber.of(DecreeNumber.MAX_COUNTER, DecreeNumber.MAX_COUNTER, DecreeNumber.MAX_COUNTER);
        assertThatIllegalArgumentException().isThrownBy(() -> DecreeNumber.joint(big, big, big));
        assertThatThrownBy(() -> DecreeNumber.joint(composite, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void jointPartsAreUnmodifiable() {
        List<DecreeNumber> parts = new ArrayList<>(List.of(DecreeNumber.of(3, 1), DecreeNumber.of(27, 5)));
        DecreeNumber joint = DecreeNumber.joint(parts);
        parts.clear();

        assertThat(joint.parts()).hasSize(2);
        assertThatThrownBy(() -> joint.parts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalNumbersHaveEqualHashCodes() {
        DecreeNumber a = DecreeNumber.parse("№ 3- 1");
        DecreeNumber b = DecreeNumber.of(3, 1);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(DecreeNumber.dotted(3, 1)).isNotEqualTo(DecreeNumber.slashed(3, 1));
        assertThat(a).isNotEqualTo("3-1");
    }

    @Test
    void naturalOrderIsRegisterOrder() {
        List<DecreeNumber> expected = List.of(
                DecreeNumber.of(3, 2),
                DecreeNumber.of(3, 10),
                DecreeNumber.of(5, 1),
                DecreeNumber.of(5, 1, 1),
                DecreeNumber.of(5, 1, 2),
                DecreeNumber.of(5, 2),
                DecreeNumber.dotted(1, 1),
                DecreeNumber.slashed(1, 1),
                DecreeNumber.sequential(7),
                DecreeNumber.sequential(7, 2),
                DecreeNumber.sequential(8),
                DecreeNumber.joint(DecreeNumber.of(3, 1), DecreeNumber.of(27, 5)),
                DecreeNumber.joint(DecreeNumber.of(3, 1), DecreeNumber.of(27, 5), DecreeNumber.sequential(1)),
                DecreeNumber.joint(DecreeNumber.of(3, 2), DecreeNumber.of(1, 1)));
        List<DecreeNumber> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void orderIsConsistentWithEquals() {
        assertThat(DecreeNumber.parse("03-1").compareTo(DecreeNumber.of(3, 1))).isZero();
        assertThat(DecreeNumber.dotted(3, 1).compareTo(DecreeNumber.of(3, 1))).isNotZero();
        assertThat(DecreeNumber.sequential(7, 2).compareTo(DecreeNumber.sequential(7))).isPositive();
    }
}
