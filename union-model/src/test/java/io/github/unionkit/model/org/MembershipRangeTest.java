package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import java.util.OptionalInt;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MembershipRangeTest {

    @Test
    void seedBandsAreComplementaryAtOneThousand() {
        MembershipRange upTo = MembershipRange.atMost(1000);
        MembershipRange over = MembershipRange.moreThan(1000);
        assertThat(upTo.contains(1000)).isTrue();
        assertThat(over.contains(1000)).isFalse();
        assertThat(over.contains(1001)).isTrue();
        assertThat(upTo.contains(0)).isTrue();
        for (int n = 0; n < 3000; n += 7) {
            assertThat(upTo.contains(n) ^ over.contains(n)).as("n=%d", n).isTrue();
        }
    }

    @Test
    void printsBoundedAndUnboundedForms() {
        assertThat(MembershipRange.atMost(1000)).hasToString("0..1000");
        assertThat(MembershipRange.moreThan(1000)).hasToString("1001..");
        assertThat(MembershipRange.atLeast(5)).hasToString("5..");
        assertThat(MembershipRange.between(10, 20)).hasToString("10..20");
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(MembershipRange.parse("0..1000")).isEqualTo(MembershipRange.atMost(1000));
        assertThat(MembershipRange.parse("1001..")).isEqualTo(MembershipRange.moreThan(1000));
        assertThat(MembershipRange.parse("7..7")).isEqualTo(MembershipRange.between(7, 7));
        assertThat(MembershipRange.parse("2147483647..")).isEqualTo(MembershipRange.atLeast(Integer.MAX_VALUE));
    }

    @Test
    void containsRespectsBothBounds() {
        MembershipRange range = MembershipRange.between(10, 20);
        assertThat(range.contains(9)).isFalse();
        assertThat(range.contains(10)).isTrue();
        assertThat(range.contains(20)).isTrue();
        assertThat(range.contains(21)).isFalse();
        assertThat(MembershipRange.atLeast(0).contains(-1)).isFalse();
        assertThat(range.isBounded()).isTrue();
        assertThat(MembershipRange.atLeast(3).isBounded()).isFalse();
    }

    @Test
    void rejectsNegativeOrInvertedBounds() {
        assertThatThrownBy(() -> MembershipRange.atMost(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipRange.between(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MembershipRange.moreThan(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MembershipRange(0, null)).isInstanceOf(NullPointerException.class);
        assertThat(new MembershipRange(3, OptionalInt.of(3)).contains(3)).isTrue();
    }

    @Test
    void parseReportsErrorTypeAndPosition() {
        assertParseFails("", ErrorType.EMPTY, 0);
        assertParseFails("..5", ErrorType.ILLEGAL_NUMBER, 0);
        assertParseFails("x..5", ErrorType.ILLEGAL_START, 0);
        assertParseFails("5", ErrorType.MALFORMED, 1);
        assertParseFails("5.", ErrorType.MALFORMED, 1);
        assertParseFails("5-6", ErrorType.ILLEGAL_CHARACTER, 1);
        assertParseFails("5..6x", ErrorType.ILLEGAL_CHARACTER, 4);
        assertParseFails("6..5", ErrorType.ILLEGAL_NUMBER, 3);
        assertParseFails("2147483648..", ErrorType.ILLEGAL_NUMBER, 9);
        assertParseFails("1..99999999999", ErrorType.ILLEGAL_NUMBER, 12);
        assertParseFails("1".repeat(33), ErrorType.TOO_LONG, 32);
        assertParseFails(" 1..2", ErrorType.ILLEGAL_START, 0);
    }

    @Test
    void aBandIsWrittenAsDecreesWriteItWithRussianGroupingAndPlurals() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(MembershipRange.atMost(1000).displayName(ru)).isEqualTo("до 1\u00a0000 членов");
        assertThat(MembershipRange.moreThan(1000).displayName(ru)).isEqualTo("свыше 1\u00a0000 членов");
        assertThat(MembershipRange.between(1001, 2000).displayName(ru)).isEqualTo("от 1\u00a0001 до 2\u00a0000 членов");
        assertThat(MembershipRange.atMost(21).displayName(ru)).isEqualTo("до 21 члена");
        assertThat(MembershipRange.moreThan(100).displayName(ru)).isEqualTo("свыше 100 членов");
        assertThat(MembershipRange.atLeast(0).displayName(ru)).isEqualTo("любой численности");
    }

    @Test
    void aBandIsWrittenInEnglishWithEnglishGroupingAndPlurals() {
        assertThat(MembershipRange.atMost(1000).displayName(Locale.ENGLISH)).isEqualTo("up to 1,000 members");
        assertThat(MembershipRange.moreThan(1).displayName(Locale.ENGLISH)).isEqualTo("over 1 member");
        assertThat(MembershipRange.between(1001, 2000).displayName(Locale.ENGLISH)).isEqualTo("1,001 to 2,000 members");
        assertThat(MembershipRange.atLeast(0).displayName(Locale.ENGLISH)).isEqualTo("of any size");
    }

    private static void assertParseFails(String text, ErrorType type, int index) {
        assertThatThrownBy(() -> MembershipRange.parse(text))
                .as(text)
                .isInstanceOfSatisfying(IdentifierParseException.class, e -> {
                    assertThat(e.errorType()).as(text).isEqualTo(type);
                    assertThat(e.index()).as(text).isEqualTo(index);
                });
    }
}
