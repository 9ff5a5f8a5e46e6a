package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text module's texts in Russian and English: what was parsed and the description of every error
 * type of this module's exceptions, keyed {@code ExceptionName.CONSTANT}; and the parser warnings'
 * descriptions and details. Not part of the API.
 */
public final class TextErrorTexts {

    private static final String BUNDLE = "io.github.unionkit.io.text.errors";
    private static final String WARNINGS_BUNDLE = "io.github.unionkit.io.text.warnings";

    /** The module's bundle pair, loaded here so that it resolves inside the text module. */
    public static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    /** The parser warnings' descriptions ({@code warning.CODE}) and details ({@code detail.key}). */
    public static final LocalizedTexts WARNINGS = LocalizedTexts.of(
            ResourceBundle.getBundle(WARNINGS_BUNDLE, LocalizedTexts.RUSSIAN),
            ResourceBundle.getBundle(WARNINGS_BUNDLE, Locale.ENGLISH));

    private TextErrorTexts() {
    }
}
