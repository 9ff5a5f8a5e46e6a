package io.github.unionkit.model.time.spi;

/**
 * A service that tells whether a text is a Russian deadline phrase ("до 29 декабря 2020 г.", "в первом
 * квартале 2021 года").
 *
 * <p>union-text provides the implementation that runs the real deadline grammar (a phrase is
 * recognised exactly when {@code RussianDeadlines.parse} reads it); union-rules' {@code @DeadlinePhrase}
 * constraint uses the first implementation {@link java.util.ServiceLoader} finds and falls back to a
 * small built-in recognizer of the common shapes when union-text is absent. The interface lives in the
 * model, the one module both may depend on, so that union-text need not depend on union-rules
 * (decisions 0016 and 0026).
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
