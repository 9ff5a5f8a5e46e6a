package io.github.unionkit.io.registry;

import io.github.unionkit.model.internal.LocalizedTexts;
import java.util.Locale;
import java.util.ResourceBundle;

/** The registry package's texts in Russian and English, loaded once for its exceptions and rejections. */
final class RegistryTexts {

    private static final String BUNDLE = "io.github.unionkit.io.registry.errors";

    static final LocalizedTexts TEXTS = LocalizedTexts.of(
            ResourceBundle.getBundle(BUNDLE, LocalizedTexts.RUSSIAN), ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));

    private RegistryTexts() {
    }
}
