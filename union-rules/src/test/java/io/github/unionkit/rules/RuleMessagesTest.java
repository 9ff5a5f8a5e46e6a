package io.github.unionkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RuleMessagesTest {

    private static final List<Argument> ARGS = List.of(Argument.of("a", "1"), Argument.of("clause", "4.3"),
            Argument.of("b", "{a}"));

    /** The char-by-char algorithm the run-copying one replaced: the reference for identical output. */
    private static String reference(String pattern, List<Argument> arguments) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (close > i + 1 && close - i <= 42) {
                String name = pattern.substring(i + 1, close);
                String value = null;
                for (Argument a : arguments) {
                    if (a.name().equals(name)) {
                        value = a.value();
                        break;
                    }
                }
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    @Test
    void placeholdersAreReplacedOnceAndUnknownOnesKept() {
        assertThat(RuleMessages.substitute("Пункт {clause}: {a}/{b} {x} {} {", ARGS))
                .isEqualTo("Пункт 4.3: 1/{a} {x} {} {");
    }

    @Test
    void substitutionMatchesTheReferenceOnRandomPatterns() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "{}ab clause.Пя";
        for (int n = 0; n < 2000; n++) {
            StringBuilder p = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                p.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String pattern = p.toString();
            assertThat(RuleMessages.substitute(pattern, ARGS)).as(pattern).isEqualTo(reference(pattern, ARGS));
        }
    }
}
