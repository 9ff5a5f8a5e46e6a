package io.github.unionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter err = new StringWriter();

    private CliContext context(Lang lang, boolean terminal) {
        return new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(err, true), Messages.of(lang), false,
                Clock.systemUTC(), terminal);
    }

    @Test
    void aWriteIsMeasuredInLinesAndDrawnOnStderrInTheUsersLanguage() throws IOException, InterruptedException {
        ProgressBar bar = ProgressBar.ofRecords(context(Lang.RU, false), 4, ProgressBar.Mode.ALWAYS);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (OutputStream out = bar.trackLines(file)) {
            out.write("a\nb\n".getBytes(StandardCharsets.UTF_8));
            Thread.sleep(1_100);
            out.write('c');
            out.write('\n');
        }
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo("a\nb\nc\n");
        assertThat(err.toString()).contains("75%", "записей: 3").doesNotContain("MB", "МБ");
        bar.finish();
        assertThat(err.toString()).endsWith("\r");
    }

    @Test
    void aReadIsMeasuredInBytes() throws IOException, InterruptedException {
        ProgressBar bar = ProgressBar.ofBytes(context(Lang.EN, true), 10, ProgressBar.Mode.AUTO);
        try (InputStream in = bar.track(new ByteArrayInputStream(new byte[10]))) {
            in.read(new byte[5]);
            Thread.sleep(1_100);
            in.read(new byte[5]);
        }
        assertThat(err.toString()).contains("100%", "0/0 MB");
    }

    @Test
    void nothingIsDrawnWhenStderrIsNotATerminalOrTheWorkIsQuick() throws IOException {
        ProgressBar auto = ProgressBar.ofBytes(context(Lang.EN, false), 10, ProgressBar.Mode.AUTO);
        ProgressBar quick = ProgressBar.ofBytes(context(Lang.EN, true), 10, ProgressBar.Mode.ALWAYS);
        try (InputStream a = auto.track(new ByteArrayInputStream(new byte[10]));
                InputStream q = quick.track(new ByteArrayInputStream(new byte[10]))) {
            a.readAllBytes();
            q.readAllBytes();
        }
        auto.finish();
        quick.finish();
        assertThat(err.toString()).isEmpty();
    }
}
