package io.github.unionkit.rules.constraints;

/**
 * A service that tells whether a text is a Russian deadline phrase ("до 29 декабря 2020 г.", "в первом
 * квартале 2021 года"). The {@link DeadlinePhrase} constraint uses the first implementation found by
 * {@link java.util.ServiceLoader} (union-io provides a full parser) and falls back to UnionKit's built-in
 * recognizer of the common phrase shapes.
 *
 * <p>Implementations must be thread-safe, run in time linear in the input, and never throw for any
 * input.
 */
public interface DeadlinePhraseRecognizer {

    /**
     * Tells whether a text is a deadline phrase.
     *
     * @param phrase the text, not null
     * @return true if the text reads as a deadline
     */
    boolean isDeadlinePhrase(CharSequence phrase);
}
