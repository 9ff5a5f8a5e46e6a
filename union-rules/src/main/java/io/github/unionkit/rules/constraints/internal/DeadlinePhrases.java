package io.github.unionkit.rules.constraints.internal;

import io.github.unionkit.model.time.spi.DeadlinePhraseRecognizer;
import java.util.Iterator;
import java.util.ServiceLoader;

/** Finds the deadline-phrase recognizer once: the first service found, or the built-in one. */
public final class DeadlinePhrases {

    private static final DeadlinePhraseRecognizer RECOGNIZER = load();

    private DeadlinePhrases() {
    }

    /**
     * Returns the recognizer in use.
     *
     * @return the recognizer
     */
    public static DeadlinePhraseRecognizer recognizer() {
        return RECOGNIZER;
    }

    private static DeadlinePhraseRecognizer load() {
        try {
            Iterator<DeadlinePhraseRecognizer> it = ServiceLoader.load(DeadlinePhraseRecognizer.class,
                    DeadlinePhrases.class.getClassLoader()).iterator();
            if (it.hasNext()) {
                return it.next();
            }
        } catch (java.util.ServiceConfigurationError e) {
            // A broken provider must not break validation: fall back to the built-in recognizer.
        }
        return new BuiltInDeadlineRecognizer();
    }
}
