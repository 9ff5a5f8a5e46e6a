package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    private static final DocumentText TEXT = DocumentText.of(DocumentFormat.DOCX, "ab\ncd\n\nef\n", List.of(0, 3, 6, 6),
            List.of(), List.of());

    @Test
    void mapsAnOffsetToTheLastUnitStartingAtOrBeforeIt() {
        assertThat(TEXT.unitAt(0)).isEqualTo(OptionalInt.of(0));
        assertThat(TEXT.unitAt(2)).isEqualTo(OptionalInt.of(0));
        assertThat(TEXT.unitAt(4)).isEqualTo(OptionalInt.of(1));
        // Units 2 and 3 both start at 6 (an empty paragraph, then one with text): the later one counts.
        assertThat(TEXT.unitAt(7)).isEqualTo(OptionalInt.of(3));
        assertThat(TEXT.unitCount()).isEqualTo(4);
    }

    @Test
    void anOffsetOutsideTheTextHasNoUnit() {
        assertThat(TEXT.unitAt(-1)).isEmpty();
        assertThat(TEXT.unitAt(100)).isEmpty();
        assertThat(DocumentText.of(DocumentFormat.PDF, "x", List.of(), List.of(), List.of()).unitAt(0)).isEmpty();
    }

    @Test
    void refusesDecreasingOrOutOfRangeStarts() {
        assertThatThrownBy(() -> DocumentText.of(DocumentFormat.DOCX, "abc", List.of(2, 1), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentText.of(DocumentFormat.DOCX, "abc", List.of(4), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringGivesCountsNotText() {
        assertThat(TEXT.toString()).doesNotContain("ab").contains("chars=10").contains("units=4");
    }
}
