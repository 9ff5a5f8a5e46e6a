package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON Lines: each line is parsed on its own, straight from the line buffer, so a bad line
 * never affects the next one and memory holds one line at a time.
 */
public final class JsonLinesSource implements RowSource {

    private final InputStream in;
    private final LineSplitter lines;
    private final RecordParser parser;
    private boolean stopped;
    private boolean done;

    /**
     * Creates the source.
     *
     * @param in the input; closed by {@link #close()}
     * @param options the read options
     */
    public JsonLinesSource(InputStream in, RegistryReadOptions options) {
        this(in, options, KnownOrganizations.NONE);
    }

    /**
     * Creates the source, reusing known organization ids.
     *
     * @param in the input; closed by {@link #close()}
     * @param options the read options
     * @param known organization ids to reuse
     */
    public JsonLinesSource(InputStream in, RegistryReadOptions options, KnownOrganizations known) {
        this.in = in;
        this.parser = new RecordParser(RecordParser.factory(options.limits()), options, known);
        this.lines = new LineSplitter(in, parser.maxLineLength());
    }

    @Override
    public RegistryRow next() {
        if (done) {
            return null;
        }
        try {
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                long line = lines.lineNumber();
                if (lines.isTooLong()) {
                    return parser.tooLong(line);
                }
                return parser.parse(line, lines.buffer(), lines.start(), lines.length());
            }
        } catch (IOException e) {
            done = true;
            stopped = true;
            return RegistryRow.of(unreadable(Math.max(1, lines.lineNumber()), e));
        }
        done = true;
        return null;
    }

    /**
     * Returns the rejection that ends a read after an I/O failure.
     *
     * @param line the last line reached
     * @param e the failure
     * @return the rejection
     */
    public static Rejection unreadable(long line, IOException e) {
        return Rejection.of(line, Rejection.Reason.UNREADABLE, "",
                "reading the input failed: " + e.getClass().getSimpleName());
    }

    @Override
    public boolean stoppedEarly() {
        return stopped;
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }
}
