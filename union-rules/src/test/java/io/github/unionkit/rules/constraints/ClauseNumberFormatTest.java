package io.github.unionkit.rules.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintDeclarationException;
import org.junit.jupiter.api.Test;

class ClauseNumberFormatTest {

    /** A clause reference at most three levels deep. */
    public static final class Reference {
        private final String clause;

        public Reference(String clause) {
            this.clause = clause;
        }

        @ClauseNumberFormat(maxDepth = 3)
        public String clause() {
            return clause;
        }
    }

    /** Any depth the default allows. */
    public static final class AnyDepth {
        private final String clause;

        public AnyDepth(String clause) {
            this.clause = clause;
        }

        @ClauseNumberFormat
        public String clause() {
            return clause;
        }
    }

    /** A declaration error: no clause has depth 0. */
    public static final class Impossible {
        @ClauseNumberFormat(maxDepth = 0)
        public String clause() {
            return "1";
        }
    }

    @Test
    void clauseNumbersUpToTheDepthAreAccepted() {
        for (String text : new String[] {"1", "3.1", "3.1.1", "4.3."}) {
            assertThat(ConstraintCheck.violated(new Reference(text))).as(text).isEmpty();
        }
        assertThat(ConstraintCheck.violated(new Reference(null))).isEmpty();
    }

    @Test
    void deeperOrMalformedNumbersAreOneViolation() {
        for (String text : new String[] {"1.2.3.4", "", "a.b", "1..2", "0"}) {
            assertThat(ConstraintCheck.violated(new Reference(text))).as(text).containsExactly("ClauseNumberFormat");
        }
        assertThat(ConstraintCheck.messages(new Reference("1.2.3.4"), "en")).singleElement()
                .satisfies(m -> assertThat(m).contains("at most 3 levels"));
    }

    @Test
    void theDefaultDepthIsTen() {
        assertThat(ConstraintCheck.violated(new AnyDepth("1.1.1.1.1.1.1.1.1.1"))).isEmpty();
        assertThat(ConstraintCheck.violated(new AnyDepth("1.1.1.1.1.1.1.1.1.1.1"))).containsExactly("ClauseNumberFormat");
    }

    @Test
    void aDepthBelowOneIsADeclarationError() {
        assertThatThrownBy(() -> ConstraintCheck.report(new Impossible()))
                .isInstanceOf(ConstraintDeclarationException.class).hasMessageContaining("maxDepth");
    }
}
