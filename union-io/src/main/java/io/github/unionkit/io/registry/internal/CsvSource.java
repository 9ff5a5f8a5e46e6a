package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.json.internal.Utf8;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.MemberId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV (RFC 4180: comma-separated, {@code "} quotes, {@code ""} inside quotes, quoted fields
 * may span lines) one record at a time from physical lines split by {@link LineSplitter}, so every
 * record knows the line it starts on and no bad byte can end the read.
 *
 * <p>A record that cannot be read is rejected and reading goes on: invalid UTF-8
 * ({@link Reason#MALFORMED}, at the record's first line), a quote that is never closed
 * ({@link Reason#MALFORMED} at the line of the opening quote; the lines after it are read again as
 * records of their own), a line or a record longer than the line limit ({@link Reason#LINE_TOO_LONG},
 * skipped without being held in memory), a cell longer than the string limit
 * ({@link Reason#LIMIT_EXCEEDED}), a wrong cell count, a bad cell. Only a bad header ends the read
 * ({@link #stoppedEarly()}): without it no row can be understood.
 */
public final class CsvSource implements RowSource {

    private static final int MAX_COLUMNS = 256;

    /** A physical line kept for reading again after an unterminated quote. */
    private record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final LineSplitter lines;
    private final boolean failOnUnknown;
    private final int maxLineLength;
    private final int maxCellLength;
    private final Deque<Line> pending = new ArrayDeque<>();
    private final List<Line> spanned = new ArrayList<>();
    private final List<String> record = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private CsvColumns columns;
    private String[] cells;
    private boolean done;
    private boolean stopped;

    /**
     * Creates the source.
     *
     * @param in the input; closed by {@link #close()}
     * @param options the read options
     */
    public CsvSource(InputStream in, RegistryReadOptions options) {
        this.in = in;
        this.maxLineLength = options.maxLineLength();
        this.maxCellLength = options.limits().maxStringLength();
        this.failOnUnknown = options.unknownProperties() == UnknownPropertyPolicy.FAIL;
        this.lines = new LineSplitter(in, maxLineLength);
    }

    @Override
    public RegistryRow next() {
        while (!done) {
            Line first;
            try {
                first = nextLine();
            } catch (IOException e) {
                return endOrStop(JsonLinesSource.unreadable(Math.max(1, lines.lineNumber()), e));
            }
            if (first == null) {
                done = true;
                return null;
            }
            if (first.bytes().length == 0 && !first.tooLong()) {
                continue; // an empty line is no record
            }
            RegistryRow row;
            try {
                row = readRecord(first);
            } catch (IOException e) {
                return endOrStop(JsonLinesSource.unreadable(Math.max(1, lines.lineNumber()), e));
            }
            if (row == null) {
                continue; // the header
            }
            return row;
        }
        return null;
    }

    private Line nextLine() throws IOException {
        if (!pending.isEmpty()) {
            return pending.removeFirst();
        }
        if (!lines.next()) {
            return null;
        }
        boolean tooLong = lines.isTooLong();
        byte[] bytes = tooLong ? new byte[0]
                : Arrays.copyOfRange(lines.buffer(), lines.start(), lines.start() + lines.length());
        return new Line(lines.lineNumber(), bytes, tooLong);
    }

    /** Reads the record starting at {@code first}; returns null for the header. */
    private RegistryRow readRecord(Line first) throws IOException {
        long line = first.number();
        record.clear();
        cell.setLength(0);
        spanned.clear();
        Line current = first;
        int bytes = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean afterQuote = false;
        while (true) {
            if (current.tooLong()) {
                return reject(line, first, Reason.LINE_TOO_LONG, "",
                        "line longer than " + maxLineLength + " bytes; skipped", current != first);
            }
            bytes += current.bytes().length + 1;
            if (bytes > maxLineLength + 1) {
                return reject(line, first, Reason.LINE_TOO_LONG, "",
                        "record longer than " + maxLineLength + " bytes; skipped", true);
            }
            int bad = Utf8.firstInvalid(current.bytes(), 0, current.bytes().length);
            if (bad >= 0) {
                return reject(line, first, Reason.MALFORMED, "", "invalid UTF-8 (line "
                        + current.number() + ", byte " + (bad + 1) + ")", false);
            }
            String text = new String(current.bytes(), StandardCharsets.UTF_8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == ',') {
                    if (!endCell()) {
                        return tooMany(line, first);
                    }
                    fieldStart = true;
                    afterQuote = false;
                } else if (afterQuote) {
                    return reject(line, first, Reason.MALFORMED, "",
                            "text after a closing quote (column " + (i + 1) + ")", false);
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else {
                    cell.append(c);
                    fieldStart = false;
                }
                if (cell.length() > maxCellLength) {
                    return reject(line, first, Reason.LIMIT_EXCEEDED, "",
                            "a cell is longer than " + maxCellLength + " characters", quoted);
                }
            }
            if (!quoted) {
                break;
            }
            // the quoted field goes on on the next line
            cell.append('\n');
            Line next = nextLine();
            if (next == null) {
                return reject(line, first, Reason.MALFORMED, "",
                        "a quote is opened and never closed", true);
            }
            spanned.add(next);
            current = next;
        }
        if (!endCell()) {
            return tooMany(line, first);
        }
        String[] row = record.toArray(new String[0]);
        if (columns == null) {
            return header(line, row);
        }
        if (row.length != columns.width()) {
            System.arraycopy(row, 0, cells, 0, Math.min(row.length, cells.length));
            if (row.length < cells.length) {
                Arrays.fill(cells, row.length, cells.length, null);
            }
            return RegistryRow.of(new Rejection(line, Reason.COLUMN_COUNT, "",
                    "row has " + row.length + " cells, the header " + columns.width(), columns.idOf(cells)));
        }
        try {
            return RegistryRow.of(line, columns.toMember(row));
        } catch (CsvColumns.CellException e) {
            Optional<MemberId> id = columns.idOf(row);
            return RegistryRow.of(e.toRejection(line, id));
        }
    }

    private boolean endCell() {
        if (record.size() >= MAX_COLUMNS) {
            return false;
        }
        record.add(cell.toString());
        cell.setLength(0);
        return true;
    }

    private RegistryRow tooMany(long line, Line first) {
        return reject(line, first, Reason.COLUMN_COUNT, "", "row has more than " + MAX_COLUMNS + " cells", false);
    }

    private RegistryRow header(long line, String[] row) {
        try {
            columns = CsvColumns.of(List.of(row), failOnUnknown);
        } catch (CsvColumns.CellException e) {
            return endOrStop(e.toRejection(line, Optional.empty()));
        }
        cells = new String[columns.width()];
        return null;
    }

    /**
     * Rejects the record starting at {@code line}. With {@code readAgain}, the lines after its first
     * one were taken into it only because of an open quote: they are read again as records.
     */
    private RegistryRow reject(long line, Line first, Reason reason, String field, String detail,
            boolean readAgain) {
        if (readAgain) {
            for (int i = spanned.size() - 1; i >= 0; i--) {
                pending.addFirst(spanned.get(i));
            }
        }
        spanned.clear();
        Rejection rejection = new Rejection(line, reason, field, detail, Optional.empty());
        if (columns == null) {
            return endOrStop(rejection);
        }
        return RegistryRow.of(rejection);
    }

    private RegistryRow endOrStop(Rejection rejection) {
        done = true;
        stopped = true;
        return RegistryRow.of(rejection);
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
