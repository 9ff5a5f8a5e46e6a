package io.github.unionkit.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#firstInvalid} with its word-at-a-time ASCII and two-byte fast paths finds the same first
 * bad byte as the JDK's strict UTF-8 decoder, wherever the bad byte falls relative to an 8-byte word.
 */
class Utf8FirstInvalidTest {

    private static final byte[][] PIECES = {
        "a".getBytes(StandardCharsets.UTF_8), "2021-01-01,".getBytes(StandardCharsets.UTF_8),
        "Я".getBytes(StandardCharsets.UTF_8), "Ёлка".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0x85}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xF5}, {(byte) 0x80}, {(byte) 0xD0}, {(byte) 0xD0, 'a'}, {(byte) 0xE2, (byte) 0x82},
    };

    @Test
    void agreesWithTheStrictDecoderOnRandomMixtures() {
        SplittableRandom random = new SplittableRandom(45);
        for (int round = 0; round < 20_000; round++) {
            ByteBuffer bytes = ByteBuffer.allocate(256);
            int pieces = random.nextInt(1, 24);
            for (int k = 0; k < pieces; k++) {
                // mostly valid text, so that the bad byte lands anywhere in a long line
                byte[] piece = random.nextInt(8) == 0 ? PIECES[random.nextInt(PIECES.length)]
                        : PIECES[random.nextInt(6)];
                if (bytes.remaining() >= piece.length) {
                    bytes.put(piece);
                }
            }
            byte[] b = new byte[bytes.position() + 16];
            int from = random.nextInt(8);
            System.arraycopy(bytes.array(), 0, b, from, bytes.position());
            int to = from + bytes.position();
            assertThat(Utf8.firstInvalid(b, from, to)).as("round %d", round).isEqualTo(expected(b, from, to));
        }
    }

    @Test
    void aSequenceCutByTheEndIsInvalidEvenAfterALongAsciiRun() {
        byte[] b = "abcdefghijklmnop\u0416".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.firstInvalid(b, 0, b.length)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(b, 0, b.length - 1)).isEqualTo(16);
        assertThat(Utf8.firstInvalid(b, 1, 9)).isEqualTo(-1);
    }

    private static int expected(byte[] b, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(to - from + 1), true);
        return result.isError() ? in.position() : -1;
    }
}
