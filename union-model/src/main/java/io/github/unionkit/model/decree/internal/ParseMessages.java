package io.github.unionkit.model.decree.internal;

import java.util.Locale;

/**
 * Builds the messages of the model's parse exceptions: the (length-capped, escaped) input, the
 * position and the reason. Not part of the API.
 *
 * <p>Only identifiers that are not personal data (decree numbers, clause numbers, Roman numerals)
 * may have their input quoted in a message; callers are responsible for that choice.
 */
public final class ParseMessages {

    private ParseMessages() {
    }

    /**
     * Returns at most {@code cap} characters of {@code input}, followed by an ellipsis when it was cut.
     *
     * @param input the input, not null
     * @param cap the largest number of characters kept, at least 0
     * @return the capped copy
     */
    public static String cap(CharSequence input, int cap) {
        if (input.length() <= cap) {
            return input.toString();
        }
        return input.subSequence(0, cap) + "\u2026";
    }

    /**
     * Checks that {@code index} lies within {@code input} (its length included, for "missing at the
     * end") and returns the input capped as by {@link #cap(CharSequence, int)}: what a parse exception
     * keeps of the rejected text.
     *
     * @param input the whole rejected input, not null
     * @param index the zero-based position of the failure
     * @param cap the largest number of characters kept, at least 0
     * @return the capped copy
     * @throws IllegalArgumentException if {@code index} is outside 0 to {@code input.length()}
     */
    public static String checkIndexAndCap(CharSequence input, int index, int cap) {
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException("index " + index + " outside the input of length " + input.length());
        }
        return cap(input, cap);
    }

    /**
     * Formats a parse failure as {@code cannot parse what "input" at index i ('c', U+0063): reason},
     * quoting at most {@code cap} characters of the input.
     *
     * @param what what was being parsed, e.g. {@code "decree number"}, not null
     * @param input the whole input, not null
     * @param cap the largest number of input characters quoted
     * @param index the zero-based position of the failure
     * @param reason why the input was rejected, not null
     * @return the message
     */
    public static String format(String what, CharSequence input, int cap, int index, String reason) {
        StringBuilder message = new StringBuilder(Math.min(input.length(), cap) + 80);
        message.append("cannot parse ").append(what).append(" \"");
        appendEscaped(message, cap(input, cap));
        message.append("\" at index ").append(index);
        if (index < input.length()) {
            char c = input.charAt(index);
            message.append(" (");
            if (c >= 0x20 && c < 0x7F) {
                message.append('\'').append(c).append("', ");
            }
            appendHex(message.append("U+"), c).append(')');
        } else {
            message.append(" (end of input)");
        }
        return message.append(": ").append(reason).toString();
    }

    private static void appendEscaped(StringBuilder out, String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                appendHex(out.append("\\u"), c);
            } else {
                out.append(c);
            }
        }
    }

    private static StringBuilder appendHex(StringBuilder out, char c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        for (int i = hex.length(); i < 4; i++) {
            out.append('0');
        }
        return out.append(hex);
    }
}
