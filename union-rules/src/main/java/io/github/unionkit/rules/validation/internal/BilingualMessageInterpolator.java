package io.github.unionkit.rules.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * Interpolates every constraint message in English and Russian at once, so one validation run yields
 * both texts of a {@link io.github.unionkit.rules.Violation}. The two texts are joined by
 * {@link #SEPARATOR}, which {@link #split(String)} undoes.
 */
public final class BilingualMessageInterpolator implements MessageInterpolator {

    /** Joins the English and Russian texts; a control character no message contains. */
    public static final char SEPARATOR = '\u001F';
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageInterpolator delegate;

    /**
     * Wraps an interpolator.
     *
     * @param delegate the interpolator (Hibernate Validator's parameter-only one)
     */
    public BilingualMessageInterpolator(MessageInterpolator delegate) {
        this.delegate = delegate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, Locale.ENGLISH) + SEPARATOR
                + delegate.interpolate(messageTemplate, context, RUSSIAN);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return interpolate(messageTemplate, context);
    }

    /**
     * Splits a joined message.
     *
     * @param message the joined message
     * @return {English, Russian}; the same text twice if it was not joined
     */
    public static String[] split(String message) {
        int i = message.indexOf(SEPARATOR);
        return i < 0 ? new String[] {message, message}
                : new String[] {message.substring(0, i), message.substring(i + 1)};
    }
}
