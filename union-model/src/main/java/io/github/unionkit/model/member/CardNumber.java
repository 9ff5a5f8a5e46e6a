package io.github.unionkit.model.member;

import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.IdentifierParseException.ErrorType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The number of a member's (electronic) membership card (номер профсоюзного билета): 6 to 20 ASCII
 * digits, leading zeros significant.
 *
 * <p>A card number is personal data: {@link #toString()} masks all digits but at most the last four,
 * and always at least eight ({@code "************3456"} for 16 digits, {@code "********56"} for 10,
 * {@code "******"} for 6; decision 0005), and no exception message contains any digit of it. Use
 * {@link #value()} where the full number is really needed.
 *
 * @param value the digits
 */
public record CardNumber(@NotNull @Pattern(regexp = "[0-9]{6,20}") String value) {

    /** The fewest digits {@link #toString()} always hides. */
    private static final int HIDDEN_DIGITS = 8;

    /** The fewest digits a card number has. */
    public static final int MIN_DIGITS = 6;
    /** The most digits a card number has. */
    public static final int MAX_DIGITS = 20;
    /** The longest text {@link #parse(CharSequence)} reads, separators included. */
    private static final int MAX_TEXT_LENGTH = 64;

    /**
     * Creates a card number.
     *
     * @param value 6 to 20 ASCII digits, not null
     * @throws NullPointerException if {@code value} is null
     * @throws IdentifierParseException if {@code value} is not 6 to 20 digits
     */
    public CardNumber {
        Objects.requireNonNull(value, "value");
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw fail(ErrorType.ILLEGAL_CHARACTER, i);
            }
        }
        checkLength(length);
    }

    /**
     * Returns the card number with the given digits.
     *
     * @param digits 6 to 20 ASCII digits, not null
     * @return the card number
     * @throws NullPointerException if {@code digits} is null
     * @throws IdentifierParseException if {@code digits} is not 6 to 20 digits
     */
    public static CardNumber of(String digits) {
        return new CardNumber(digits);
    }

    /**
     * Reads a card number as printed on a card or typed by a person: digits, optionally grouped by
     * single spaces or hyphens ({@code "1234 5678 9012 3456"}).
     *
     * @param text the text, not null, at most 64 chars
     * @return the card number
     * @throws NullPointerException if {@code text} is null
     * @throws IdentifierParseException if the text is too long, has other characters, starts or ends
     *     with a separator, has two separators in a row, or has not 6 to 20 digits
     */
    public static CardNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length == 0) {
            throw fail(ErrorType.EMPTY, 0);
        }
        if (length > MAX_TEXT_LENGTH) {
            throw fail(ErrorType.TOO_LONG, MAX_TEXT_LENGTH);
        }
        StringBuilder digits = new StringBuilder(length);
        boolean afterSeparator = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                afterSeparator = false;
            } else if ((c == ' ' || c == '-') && !afterSeparator) {
                afterSeparator = true;
            } else {
                throw fail(i == 0 ? ErrorType.ILLEGAL_START : ErrorType.ILLEGAL_CHARACTER, i);
            }
        }
        if (afterSeparator) {
            throw fail(ErrorType.MALFORMED, length - 1);
        }
        return new CardNumber(digits.toString());
    }

    /**
     * Returns the last four digits (e.g. for "card ending 3456"). Of a number shorter than 12 digits
     * this is more than {@link #toString()} shows (decision 0005): show it only where the holder
     * may see it.
     *
     * @return the last four digits
     */
    public String lastFour() {
        return value.substring(value.length() - 4);
    }

    /**
     * Returns the masked number: as long as the number, with an asterisk for every digit but the last
     * {@code min(4, length - 8)}: at least eight digits are always hidden, so a short number shows
     * fewer digits or none ({@code "******"} for 6 digits, {@code "********56"} for 10,
     * {@code "************3456"} for 16).
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        int shown = Math.max(0, Math.min(4, value.length() - HIDDEN_DIGITS));
        return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
    }

    private static void checkLength(int length) {
        if (length == 0) {
            throw fail(ErrorType.EMPTY, 0);
        }
        if (length < MIN_DIGITS) {
            throw fail(ErrorType.ILLEGAL_NUMBER, length);
        }
        if (length > MAX_DIGITS) {
            throw fail(ErrorType.TOO_LONG, MAX_DIGITS);
        }
    }

    private static IdentifierParseException fail(ErrorType type, int index) {
        return new IdentifierParseException("CardNumber", type, index);
    }
}
