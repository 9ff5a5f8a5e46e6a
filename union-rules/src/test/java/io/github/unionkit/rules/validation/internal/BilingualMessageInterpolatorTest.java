package io.github.unionkit.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualMessageInterpolatorTest {

    /** Interpolates by naming the language, so the joined text shows which half is which. */
    private static final MessageInterpolator BY_LANGUAGE = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ROOT);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template + "@" + locale.getLanguage();
        }
    };

    @Test
    void oneInterpolationYieldsTheEnglishThenTheRussianText() {
        BilingualMessageInterpolator interpolator = new BilingualMessageInterpolator(BY_LANGUAGE);
        String joined = interpolator.interpolate("{m}", null);
        assertThat(BilingualMessageInterpolator.split(joined)).containsExactly("{m}@en", "{m}@ru");
        // The locale a caller asks for changes nothing: both texts are always made.
        assertThat(interpolator.interpolate("{m}", null, Locale.GERMAN)).isEqualTo(joined);
    }

    @Test
    void aTextThatWasNotJoinedIsBothHalves() {
        assertThat(BilingualMessageInterpolator.split("plain")).containsExactly("plain", "plain");
        assertThat(BilingualMessageInterpolator.split("en" + BilingualMessageInterpolator.SEPARATOR))
                .containsExactly("en", "");
    }
}
