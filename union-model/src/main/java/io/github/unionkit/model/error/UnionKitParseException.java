package io.github.unionkit.model.error;

import io.github.unionkit.model.internal.LookAlikes;
import io.github.unionkit.model.internal.ModelErrorTexts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parent of every exception UnionKit throws for text it could not read: decree and clause
 * numbers, Roman numerals, identifiers, deadline phrases, decree texts, JSON, charter profiles.
 *
 * <p>Each one says where ({@link #position()}: the zero-based {@link #index() index}, and the
 * {@link #line() line} and {@link #column() column} counted from 1), why ({@link #errorType()}) and,
 * only where the input is not personal data, what ({@link #excerpt()}, capped, and the offending
 * character, named by its script so that a Cyrillic «Н» typed for a Latin «N» can be told apart).
 * Subclasses are thin: they add their error-type enum and what they parse.
 *
 * <p>The message reads, in English, {@code cannot parse decree number "3-Н" at line 1, column 3
 * ('Н', U+041D, Cyrillic letter): unexpected character}, and the same in Russian through
 * {@link #message(Locale)}.
 */
public abstract class UnionKitParseException extends UnionKitException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is; computed from {@link #source} on first use, so that building the exception is cheap. */
    private volatile TextPosition position;
    /** The input the position is computed from, until it is; not kept by serialization. */
    private transient volatile CharSequence source;
    /** The zero-based index of the problem. */
    private final int index;
    /** The quoted input, capped; null when the input may be personal data and is not quoted. */
    private final String excerpt;
    /** The offending code point, or -1 at the end of the input or when the input is not quoted. */
    private final int character;

    /**
     * Creates an exception that does not quote the input (JSON records, decree texts, profiles).
     *
     * @param errorType why the text was rejected, not null
     * @param position where, not null
     * @param cause the underlying failure, or null
     * @throws NullPointerException if {@code errorType} or {@code position} is null
     */
    protected UnionKitParseException(UnionKitErrorType errorType, TextPosition position, Throwable cause) {
        super(errorType, cause);
        this.position = Objects.requireNonNull(position, "position");
        this.index = position.index();
        this.excerpt = null;
        this.character = -1;
    }

    /**
     * Creates an exception that does not quote the input, with its position in {@code input}. Line
     * and column are counted only when they are first asked for, so that a scanner may build many
     * such exceptions over a long text and stay linear.
     *
     * @param errorType why the text was rejected, not null
     * @param input the whole input, not null
     * @param index the zero-based position of the problem, 0 to {@code input.length()}
     * @param cause the underlying failure, or null
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the input
     */
    protected UnionKitParseException(UnionKitErrorType errorType, CharSequence input, int index, Throwable cause) {
        super(errorType, cause);
        this.index = Objects.checkIndex(index, input.length() + 1);
        this.source = input;
        this.excerpt = null;
        this.character = -1;
    }

    /**
     * Creates an exception that quotes the input, for identifiers and phrases that are not personal
     * data. The position is computed from {@code input} when first asked for. At most {@code cap}
     * characters are quoted: the start of the input, or a window around the problem when it lies
     * further in.
     *
     * @param errorType why the text was rejected, not null
     * @param input the whole rejected input, not null
     * @param index the zero-based position of the problem, 0 to {@code input.length()}
     * @param cap the largest number of characters of the input kept, at least 0
     * @param cause the underlying failure, or null
     * @throws NullPointerException if {@code errorType} or {@code input} is null
     * @throws IndexOutOfBoundsException if {@code index} is outside the input
     */
    protected UnionKitParseException(UnionKitErrorType errorType, CharSequence input, int index, int cap,
            Throwable cause) {
        super(errorType, cause);
        this.index = Objects.checkIndex(index, input.length() + 1);
        this.source = input;
        this.excerpt = excerpt(input, index, cap);
        this.character = index < input.length() ? Character.codePointAt(input, index) : -1;
    }

    /**
     * Returns what was being parsed, as a noun phrase in the language of {@code locale} («номер
     * постановления», "decree number").
     *
     * @param locale the language wanted, not null
     * @return the subject, never null
     */
    protected abstract String subject(Locale locale);

    /**
     * Returns what a subclass adds after the reason, such as a JSON pointer or a profile key;
     * nothing by default.
     *
     * @param locale the language wanted, not null
     * @return the detail, or empty
     */
    protected Optional<String> detail(Locale locale) {
        return Optional.empty();
    }

    /**
     * Returns where the problem is.
     *
     * @return the position, never null
     */
    public final TextPosition position() {
        // The source is read before the position: a thread that finds it already dropped is then
        // guaranteed to see the position another thread wrote before dropping it.
        CharSequence input = source;
        TextPosition known = position;
        if (known == null) {
            // Benign race: two threads compute the same value from the same immutable input.
            known = TextPosition.of(input, index);
            position = known;
            source = null;
        }
        return known;
    }

    /**
     * Returns the zero-based index of the problem in the text as given: the offending character, or
     * the text's length when something is missing at the end.
     *
     * @return the index, at least 0
     */
    public final int index() {
        return index;
    }

    /**
     * Returns the line of the problem, counted from 1.
     *
     * @return the line, at least 1
     */
    public final int line() {
        return position().line();
    }

    /**
     * Returns the column of the problem within its line, counted from 1.
     *
     * @return the column, at least 1
     */
    public final int column() {
        return position().column();
    }

    /**
     * Returns the rejected input, cut to the subclass's cap and followed by an ellipsis (U+2026) when
     * it was longer; empty where the input may be personal data and is never quoted.
     *
     * @return the excerpt, or empty
     */
    public final Optional<String> excerpt() {
        return Optional.ofNullable(excerpt);
    }

    /**
     * Returns the offending character (a code point), when the input is quoted and the problem is not
     * at its end.
     *
     * @return the code point, or empty
     */
    public final OptionalInt character() {
        return character < 0 ? OptionalInt.empty() : OptionalInt.of(character);
    }

    /**
     * Returns the whole message in the language of {@code locale}: what could not be parsed, the
     * excerpt where there is one, the line and column, the offending character, the reason and any
     * detail.
     *
     * @param locale the language wanted, not null
     * @return the message, never null
     */
    @Override
    public final String message(Locale locale) {
        String quoted = excerpt == null ? "" : ModelErrorTexts.TEXTS.format("parse.quote", locale, escape(excerpt));
        String where = "";
        if (excerpt != null) {
            where = character < 0 ? ModelErrorTexts.TEXTS.get("parse.endOfInput", locale) : describe(character, locale);
        }
        String detail = detail(locale).map(text -> "; " + text).orElse("");
        TextPosition at = position();
        return ModelErrorTexts.TEXTS.format("parse.message", locale, subject(locale), quoted, at.line(), at.column(),
                where, errorType().description(locale), detail);
    }

    /** Counts the line and column before the input is dropped, so that a deserialized copy has them. */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        position();
        out.defaultWriteObject();
    }

    private static String describe(int codePoint, Locale locale) {
        String hex = String.format(Locale.ROOT, "%04X", codePoint);
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        String kind = "";
        if (Character.isLetter(codePoint) && (script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.LATIN)) {
            kind = ModelErrorTexts.TEXTS.get("parse.letter." + script.name(), locale);
            OptionalInt twin = LookAlikes.twin(codePoint);
            if (twin.isPresent()) {
                kind += ModelErrorTexts.TEXTS.format("parse.twin." + Character.UnicodeScript.of(twin.getAsInt()).name(),
                        locale, Character.toString(twin.getAsInt()));
            }
        }
        String shown = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || Character.getType(codePoint) == Character.FORMAT ? "" : Character.toString(codePoint);
        return ModelErrorTexts.TEXTS.format(shown.isEmpty() ? "parse.codePoint" : "parse.character", locale, shown, hex,
                kind);
    }

    /** Keeps control characters and quotes from breaking the one-line message. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Keeps at most {@code cap} characters: the start of the input when the problem lies within the
     * first {@code cap} characters, otherwise a window around the problem; a cut end is marked with
     * an ellipsis (U+2026).
     */
    private static String excerpt(CharSequence input, int index, int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative: " + cap);
        }
        if (input.length() <= cap) {
            return input.toString();
        }
        int start = index <= cap ? 0 : index - cap / 2;
        int end = Math.min(input.length(), start + cap);
        return (start > 0 ? "\u2026" : "") + input.subSequence(start, end) + (end < input.length() ? "\u2026" : "");
    }
}
