package io.github.unionkit.model.error;

import java.util.Locale;

/**
 * Why a UnionKit operation failed: the contract every {@code ErrorType} enum of every UnionKit
 * exception implements.
 *
 * <p>An error type has a stable {@link #name() name} (the enum constant, safe to switch on and to
 * store) and a short description in Russian and English, taken from the owning module's resource
 * bundle. Descriptions never contain input values.
 */
public interface UnionKitErrorType {

    /**
     * Returns the stable name of this error type, such as {@code "TOO_LONG"}.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Returns a short description of this error type in the language of {@code locale}: Russian for a
     * Russian locale, English for any other.
     *
     * @param locale the language wanted, not null
     * @return the description, never null or empty
     * @throws NullPointerException if {@code locale} is null
     */
    String description(Locale locale);

    /**
     * Returns the English description, as used in {@link Throwable#getMessage()}.
     *
     * @return the English description, never null or empty
     */
    default String description() {
        return description(Locale.ENGLISH);
    }
}
