package io.github.unionkit.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.NumberingScheme;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecreeNumberFormatTest {

    /** Another system's bean. */
    public static final class Filing {
        private final String number;

        public Filing(String number) {
            this.number = number;
        }

        @DecreeNumberFormat
        public String number() {
            return number;
        }
    }

    /** A register that admits only the education union's N-M numbers. */
    public static final class MeetingItemOnly {
        private final String number;

        public MeetingItemOnly(String number) {
            this.number = number;
        }

        @DecreeNumberFormat(schemes = NumberingScheme.MEETING_ITEM)
        public String number() {
            return number;
        }
    }

    @Test
    void everyFormTheParserReadsIsAccepted() {
        for (String text : new String[] {"№ 3-1", "3-1", "N 27-5", "№ 3- 1", "5-1.1", "25.61", "1/7", "07"}) {
            assertThat(ConstraintCheck.violated(new Filing(text))).as(text).isEmpty();
        }
    }

    @Test
    void whatTheParserRefusesIsOneViolationWithABilingualMessage() {
        for (String text : new String[] {"", "3-", "№", "три-один", "3--1"}) {
            assertThat(ConstraintCheck.violated(new Filing(text))).as(text).containsExactly("DecreeNumberFormat");
        }
        assertThat(ConstraintCheck.messages(new Filing("3-"), "en")).containsExactly("number: must be a decree number such as 3-1");
        assertThat(ConstraintCheck.messages(new Filing("3-"), "ru")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("number: ").contains("номер"));
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(ConstraintCheck.violated(new Filing(null))).isEmpty();
    }

    @Test
    void theConstraintAgreesWithTheParserOnGeneratedNumbers() {
        SplittableRandom random = new SplittableRandom(14);
        String alphabet = "0123456789-./№N ";
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, len = random.nextInt(8); i < len; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean parses;
            try {
                DecreeNumber.parse(text);
                parses = true;
            } catch (IllegalArgumentException e) {
                parses = false;
            }
            assertThat(ConstraintCheck.violated(new Filing(text.toString())).isEmpty()).as("[%s]", text).isEqualTo(parses);
        }
    }

    @Test
    void schemesRestrictTheAcceptedNumbers() {
        assertThat(ConstraintCheck.violated(new MeetingItemOnly("3-1"))).isEmpty();
        assertThat(ConstraintCheck.violated(new MeetingItemOnly("25.61"))).containsExactly("DecreeNumberFormat");
        assertThat(ConstraintCheck.violated(new MeetingItemOnly("07"))).containsExactly("DecreeNumberFormat");
    }
}
