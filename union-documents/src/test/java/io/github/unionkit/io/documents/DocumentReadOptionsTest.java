package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DecreeParseOptions;
import org.junit.jupiter.api.Test;

class DocumentReadOptionsTest {

    @Test
    void defaultsAreTheDocumentedCaps() {
        DocumentReadOptions d = DocumentReadOptions.defaults();
        assertThat(d.maxBytes()).isEqualTo(16L << 20);
        assertThat(d.maxUnzippedBytes()).isEqualTo(64L << 20);
        assertThat(d.maxPages()).isEqualTo(500);
        assertThat(d.maxChars()).isEqualTo(DecreeParseOptions.defaults().maxLength());
    }

    @Test
    void withersChangeOneLimit() {
        DocumentReadOptions o = DocumentReadOptions.defaults().withMaxBytes(10).withMaxPages(2).withMaxUnzippedBytes(30)
                .withParseOptions(DecreeParseOptions.defaults().withMaxLength(99));
        assertThat(o).isEqualTo(new DocumentReadOptions(10, 30, 2, DecreeParseOptions.defaults().withMaxLength(99)));
        assertThat(o.maxChars()).isEqualTo(99);
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> DocumentReadOptions.defaults().withMaxPages(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentReadOptions.defaults().withMaxBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
