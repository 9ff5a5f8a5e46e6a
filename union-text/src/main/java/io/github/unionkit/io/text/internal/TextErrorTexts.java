package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text module's error texts in Russian and English: what was parsed and the description of every
 * error type of this module's exceptions, keyed {@code ExceptionName.CONSTANT}. Not part of the API.
 */
public final class TextErrorTexts {

    private static final String BUNDLE = "io.github.unionkit.io.text.errors";

    /** The module's bundle pair, loaded here so that it resolves inside the text module. */
    public static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private TextErrorTexts() {
    }
}
