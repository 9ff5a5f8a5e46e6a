package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.time.UntilPolicy;
import org.junit.jupiter.api.Test;

class DeadlineParseOptionsTest {

    @Test
    void defaultsToExclusiveUntilAndTheDocumentedCaps() {
        DeadlineParseOptions defaults = DeadlineParseOptions.defaults();

        assertThat(defaults.untilPolicy()).isEqualTo(UntilPolicy.EXCLUSIVE);
        assertThat(defaults.maxPhraseLength()).isEqualTo(DeadlineParseOptions.DEFAULT_MAX_PHRASE_LENGTH);
        assertThat(defaults.maxTextLength()).isEqualTo(DeadlineParseOptions.DEFAULT_MAX_TEXT_LENGTH);
    }

    @Test
    void changesOneSettingAtATime() {
        DeadlineParseOptions options = DeadlineParseOptions.defaults().withUntilPolicy(UntilPolicy.INCLUSIVE)
                .withMaxPhraseLength(50).withMaxTextLength(500);

        assertThat(options).isEqualTo(new DeadlineParseOptions(UntilPolicy.INCLUSIVE, 50, 500));
        assertThat(DeadlineParseOptions.defaults().untilPolicy()).isEqualTo(UntilPolicy.EXCLUSIVE);
    }

    @Test
    void rejectsMissingPolicyAndCapsBelowOne() {
        assertThatThrownBy(() -> new DeadlineParseOptions(null, 1, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeadlineParseOptions.defaults().withMaxPhraseLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineParseOptions.defaults().withMaxTextLength(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
