package io.github.unionkit.io.text;

import io.github.unionkit.io.text.DecreeParseException.ErrorType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns the bytes of a decree file into text, the way files arrive: UTF-8 (with or without a
 * byte-order mark) or Windows-1251, which Russian Word and Excel still save. The two are told apart
 * without guessing: bytes that are valid UTF-8 are UTF-8; otherwise they are Windows-1251 when most of
 * their non-ASCII bytes are Cyrillic letters there; otherwise they are refused. Text that was already
 * decoded with the wrong character set ("mojibake") is refused too, by {@link #requireReadable}, so a
 * misdecoded file is never parsed into a garbage resolution.
 *
 * <p>Linear in the input; stateless and thread-safe.
 */
public final class DecreeBytes {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private DecreeBytes() {
    }

    /**
     * Decodes a decree file's bytes.
     *
     * @param bytes the file's bytes, not null
     * @return the text, without a byte-order mark
     * @throws NullPointerException if {@code bytes} is null
     * @throws DecreeParseException with {@link ErrorType#UNKNOWN_ENCODING} if the bytes are neither
     *     UTF-8 nor Windows-1251 Russian text, with {@link ErrorType#MISDECODED} if the text inside is
     *     mojibake
     */
    public static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (!looksLikeWindows1251(bytes)) {
                throw new DecreeParseException(ErrorType.UNKNOWN_ENCODING, "", 0);
            }
            text = new String(bytes, WINDOWS_1251);
            if (!hasRussianVowels(text)) {
                // KOI8-R and other Cyrillic code pages use the same byte range: the letters then come
                // out shuffled, and their vowels are no longer about two fifths of them.
                throw new DecreeParseException(ErrorType.UNKNOWN_ENCODING, "", 0);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            // UTF-16 (or a binary file) is "valid UTF-8" full of NUL characters.
            throw new DecreeParseException(ErrorType.UNKNOWN_ENCODING, text, text.indexOf('\0'));
        }
        requireReadable(text);
        return text;
    }

    /**
     * Refuses text that was decoded with the wrong character set: UTF-8 read as Windows-1251 or Latin-1
     * («Р°», «Ð¿» pairs) or Windows-1251 read as Latin-1 («Ïîñòàíîâëåíèå»), recognised when such
     * characters outnumber the Cyrillic letters.
     *
     * @param text the text, not null
     * @throws NullPointerException if {@code text} is null
     * @throws DecreeParseException with {@link ErrorType#MISDECODED} if the text is mojibake
     */
    public static void requireReadable(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int cyrillic = 0;
        int suspicious = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'А' && c <= 'я' || c == 'ё' || c == 'Ё') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                // "Р°", "С‚": UTF-8 lead bytes D0/D1 read as Windows-1251, followed by a continuation.
                if ((c == 'Р' || c == 'С') && isWindows1251Continuation(next)) {
                    suspicious++;
                    first = first < 0 ? i : first;
                } else {
                    cyrillic++;
                }
            } else if (c >= '\u00C0' && c <= '\u00FF' || c == '\u0090' || c == '\u0080') {
                // Latin-1 letters in a Russian document: "Ð¿" (UTF-8 as Latin-1), "Ïîñò" (1251 as Latin-1).
                suspicious++;
                first = first < 0 ? i : first;
            }
        }
        if (suspicious >= 8 && suspicious > cyrillic) {
            throw new DecreeParseException(ErrorType.MISDECODED, text, first);
        }
    }

    private static boolean isWindows1251Continuation(char c) {
        // Bytes 0x80–0xBF in Windows-1251: punctuation, Ђ…џ, and the Latin-looking letters ° ‚ ѓ etc.
        return c >= '\u0402' && c <= '\u045F' && !(c >= 'А' && c <= 'я') || c == '°' || c == '±' || c == 'µ'
                || c == '¶' || c == '·' || c == '»' || c == '«' || c == '‚' || c == '„' || c == '…' || c == '†'
                || c == '‡' || c == '€' || c == '‰' || c == '‹' || c == '›' || c == '™' || c == '¦' || c == '§'
                || c == '©' || c == '¬' || c == '®' || c == '\u00A0' || c == '\u00AD' || c == '¤' || c == '¬';
    }


    private static boolean hasRussianVowels(String text) {
        int letters = 0;
        int vowels = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'а' && c <= 'я' || c == 'ё') {
                letters++;
                if ("аеёиоуыэюя".indexOf(c) >= 0) {
                    vowels++;
                }
            }
        }
        return letters < 20 || vowels * 100 >= letters * 30 && vowels * 100 <= letters * 55;
    }

    /** Most non-ASCII bytes are Windows-1251 Cyrillic letters (0xC0–0xFF, Ё 0xA8, ё 0xB8). */
    private static boolean looksLikeWindows1251(byte[] bytes) {
        int nonAscii = 0;
        int letters = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                nonAscii++;
                if (v >= 0xC0 || v == 0xA8 || v == 0xB8) {
                    letters++;
                }
            }
        }
        return nonAscii > 0 && letters * 10 >= nonAscii * 8;
    }
}
