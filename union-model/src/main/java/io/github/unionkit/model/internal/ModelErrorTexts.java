package io.github.unionkit.model.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The model's error texts in Russian and English: the words of a parse message and the description
 * of every model error type, keyed {@code ExceptionName.CONSTANT}. Not part of the API.
 */
public final class ModelErrorTexts {

    private static final String BUNDLE = "io.github.unionkit.model.error.errors";

    /** The model's bundle pair, loaded here so that it resolves inside the model's module. */
    public static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private ModelErrorTexts() {
    }
}
