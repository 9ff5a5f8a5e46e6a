package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DetailTest {

    @Test
    void noneIsEmptyAndPrintsAsTheEmptyString() {
        assertThat(Detail.none().isEmpty()).isTrue();
        assertThat(Detail.none()).hasToString("");
        assertThat(Detail.parse("")).isSameAs(Detail.none());
    }

    @Test
    void aDetailPrintsItsKeyAndArgumentsSeparatedByBars() {
        Detail gap = Detail.of("numberingGap", "3.3", "3.2");

        assertThat(gap.isEmpty()).isFalse();
        assertThat(gap).hasToString("numberingGap|3.3|3.2");
        assertThat(Detail.of("annexNotRead")).hasToString("annexNotRead");
    }

    @Test
    void parseReadsWhatToStringPrintsIncludingEmptyArguments() {
        assertThat(Detail.parse("numberingGap|3.3|3.2")).isEqualTo(Detail.of("numberingGap", "3.3", "3.2"));
        assertThat(Detail.parse("k||")).isEqualTo(Detail.of("k", "", ""));
    }

    @Test
    void theArgumentsAreCopied() {
        java.util.ArrayList<String> arguments = new java.util.ArrayList<>(List.of("1"));
        Detail detail = new Detail("count", arguments);
        arguments.add("2");

        assertThat(detail.arguments()).containsExactly("1");
    }

    @Test
    void aMalformedKeyIsRefused() {
        assertThatThrownBy(() -> Detail.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detail.of("1abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detail.of("with space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Detail("", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detail.parse("|x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArgumentWithASeparatorIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> Detail.of("k", "a|b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a|b");
        assertThatThrownBy(() -> Detail.of("k", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detail.of("k", (String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDetailIsRenderedByItsOwnerOrPrintedAsItIsNeverDropped() {
        Detail gap = Detail.of("numberingGap", "3", "2");

        assertThat(gap.render(d -> "found " + d.arguments().get(0))).isEqualTo("found 3");
        assertThat(gap.render(d -> {
            throw new java.util.MissingResourceException("no text", "bundle", "detail.numberingGap");
        })).isEqualTo("numberingGap|3|2");
        assertThat(gap.render(d -> d.arguments().get(5))).isEqualTo("numberingGap|3|2");
        assertThat(Detail.none().render(d -> "never called")).isEmpty();
    }

    @Test
    void everyDetailRoundTripsThroughItsText() {
        Gen<String> key = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
        Gen<String> argument = SourceDSL.strings().betweenCodePoints(' ', 0x44F).ofLengthBetween(0, 8)
                .map(s -> s.replace('|', '/'));
        Gen<List<String>> arguments = SourceDSL.lists().of(argument).ofSizeBetween(0, 4);
        QuickTheory.qt().forAll(key, arguments).checkAssert((k, a) -> {
            Detail detail = new Detail(k, a);
            assertThat(Detail.parse(detail.toString())).isEqualTo(detail);
        });
    }
}
