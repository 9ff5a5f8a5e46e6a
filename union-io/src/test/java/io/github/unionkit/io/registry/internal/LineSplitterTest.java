package io.github.unionkit.io.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Lines found 8 bytes at a time are the lines a byte-by-byte split finds, at any read size. */
class LineSplitterTest {

    @Test
    void splitsAsAByteByByteSplitDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(47);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<byte[]> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] line = new byte[random.nextInt(0, 40)];
            for (int k = 0; k < line.length; k++) {
                int b;
                do {
                    b = random.nextInt(256);
                } while (b == '\n' || (b == '\r' && k == line.length - 1));
                line[k] = (byte) b;
            }
            expected.add(line);
            out.writeBytes(line);
            out.writeBytes(random.nextBoolean() ? new byte[] {'\n'} : new byte[] {'\r', '\n'});
        }
        byte[] data = out.toByteArray();
        InputStream trickle = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < data.length ? data[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= data.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + random.nextInt(5_000)), data.length - pos);
                System.arraycopy(data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        LineSplitter lines = new LineSplitter(trickle, 100);
        int n = 0;
        while (lines.next()) {
            byte[] line = Arrays.copyOfRange(lines.buffer(), lines.start(), lines.start() + lines.length());
            // a first line that starts like a byte order mark would lose it; the seed makes none
            assertThat(line).as("line %d", n + 1).isEqualTo(expected.get(n));
            assertThat(lines.lineNumber()).isEqualTo(n + 1);
            n++;
        }
        assertThat(n).isEqualTo(expected.size());
    }
}
