package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.json.internal.KnownOrganizations;
import io.github.unionkit.io.json.internal.Utf8;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV (RFC 4180: {@code "} quotes, {@code ""} inside quotes, quoted fields may span lines) as
 * people save it: a UTF-8 byte-order mark is skipped, the encoding is UTF-8 or Windows-1251 (given, or
 * detected from the first 64&nbsp;KiB: Windows-1251 when they are not UTF-8), the separator is a
 * comma, a semicolon or a tab (given, or the one the header line has most of outside quotes; a comma
 * when it has none), and header names go through {@link CsvColumns}' aliases. Records are read one at
 * a time from physical lines split by {@link LineSplitter}, so every
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
    /** How much of the input the encoding is detected from. */
    static final int DETECTION_BYTES = 64 * 1024;

    /** A physical line kept for reading again after an unterminated quote. */
    private record Line(long number, byte[] bytes, boolean tooLong) {
    }

    private final BufferedInputStream buffered;
    private final RegistryReadOptions options;
    private final KnownOrganizations known;
    private LineSplitter lines;
    private Charset charset;
    private CharsetDecoder decoder;
    private char delimiter;
    private final boolean failOnUnknown;
    private final int maxLineLength;
    private final int maxCellLength;
    private final Deque<Line> pending = new ArrayDeque<>();
    private final List<Line> spanned = new ArrayList<>();
    private final List<String> record = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private CsvColumns columns;
    /** The reader of unquoted UTF-8 lines, once the header is read; null for other encodings. */
    private CsvPlainLine plain;
    /** Whether the last {@link #next(LineBatch)} put a line into its batch. */
    private boolean added;
    private boolean done;
    private boolean stopped;

    /**
     * Creates the source.
     *
     * @param in the input; closed by {@link #close()}
     * @param options the read options
     */
    public CsvSource(InputStream in, RegistryReadOptions options) {
        this(in, options, KnownOrganizations.NONE);
    }

    /**
     * Creates the source, taking organization ids from {@code known} when they are there instead of
     * parsing the same few thousand ids on every row.
     *
     * @param in the input; closed by {@link #close()}
     * @param options the read options
     * @param known the organization ids known in advance
     */
    public CsvSource(InputStream in, RegistryReadOptions options, KnownOrganizations known) {
        this.known = known;
        this.options = options;
        this.buffered = new BufferedInputStream(in, DETECTION_BYTES);
        this.maxLineLength = options.maxLineLength();
        this.maxCellLength = options.limits().maxStringLength();
        this.failOnUnknown = options.unknownProperties() == UnknownPropertyPolicy.FAIL;
        this.delimiter = options.csvDelimiter().orElse((char) 0);
    }

    /**
     * Returns the encoding the file is read in, once the first record is read.
     *
     * @return the charset, or empty before the first record
     */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** Skips a byte-order mark and settles the encoding, before the first line is read. */
    private void start() throws IOException {
        buffered.mark(DETECTION_BYTES);
        byte[] head = buffered.readNBytes(DETECTION_BYTES);
        buffered.reset();
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (bom) {
            buffered.skipNBytes(3);
        }
        charset = options.csvCharset().orElseGet(() -> bom || looksLikeUtf8(head, head.length < DETECTION_BYTES)
                ? StandardCharsets.UTF_8 : RegistryReadOptions.WINDOWS_1251);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        lines = new LineSplitter(buffered, maxLineLength);
    }

    /**
     * Tells whether the start of a file is UTF-8: it has no byte that breaks UTF-8 (but for a sequence
     * cut by the end of the sample when the file goes on), or more valid multi-byte sequences than
     * such bytes, so that one Windows-1251 name in a UTF-8 file stays a bad row of its own. Cyrillic
     * text in Windows-1251 practically never forms multi-byte UTF-8 sequences.
     */
    static boolean looksLikeUtf8(byte[] head, boolean whole) {
        int end = head.length;
        int invalid = 0;
        int multiByte = 0;
        int from = 0;
        while (from < end) {
            int bad = Utf8.firstInvalid(head, from, end);
            int validEnd = bad < 0 ? end : bad;
            for (int i = from; i < validEnd; i++) {
                multiByte += (head[i] & 0xC0) == 0xC0 ? 1 : 0;
            }
            if (bad < 0 || !whole && bad >= end - 3) {
                break;
            }
            invalid++;
            from = bad + 1;
        }
        return invalid == 0 || multiByte > invalid;
    }

    /** The separator the header line has most of outside quotes; a comma if it has none. */
    static char detectDelimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    @Override
    public RegistryRow next() {
        return next(null);
    }

    /**
     * Adds the next record to a batch of a parallel read, on the reading thread: an unquoted UTF-8 line
     * as a line, which {@link #rows(LineBatch)} reads on a worker thread, any other record as the row
     * read here (only this thread can tell where a quoted record ends).
     *
     * @param batch the batch
     * @return false at the end of the input (nothing added)
     */
    public boolean addNext(LineBatch batch) {
        added = false;
        RegistryRow row = next(batch);
        if (added) {
            return true;
        }
        if (row == null) {
            return false;
        }
        batch.add(row);
        return true;
    }

    /**
     * Returns the rows of a batch filled by {@link #addNext(LineBatch)}, in order, reading its lines;
     * thread-safe once the batch is filled.
     *
     * @param batch the batch
     * @return its rows
     */
    public RegistryRow[] rows(LineBatch batch) {
        // one reader per batch: it is thread-confined, the header's columns it reads are immutable
        CsvPlainLine reader = plain == null ? null : new CsvPlainLine(columns, delimiter, maxCellLength, MAX_COLUMNS);
        RegistryRow[] rows = new RegistryRow[batch.size()];
        for (int i = 0; i < rows.length; i++) {
            RegistryRow row = batch.row(i);
            rows[i] = row != null ? row : reader.read(batch.line(i), batch.data(), batch.start(i), batch.length(i));
        }
        return rows;
    }

    /** The next row; with a batch, an unquoted line goes into it instead ({@link #added}) and null is returned. */
    private RegistryRow next(LineBatch batch) {
        if (lines == null && !done) {
            try {
                start();
            } catch (IOException e) {
                return endOrStop(JsonLinesSource.unreadable(1, e));
            }
        }
        while (!done) {
            Line first;
            try {
                if (plain != null && pending.isEmpty()) {
                    if (!lines.next()) {
                        done = true;
                        return null;
                    }
                    if (!lines.isTooLong() && lines.length() == 0) {
                        continue;
                    }
                    if (!lines.isTooLong() && CsvPlainLine.unquoted(lines.buffer(), lines.start(), lines.length())) {
                        spanned.clear();
                        if (batch != null) {
                            batch.add(lines.lineNumber(), lines.buffer(), lines.start(), lines.length(), false);
                            added = true;
                            return null;
                        }
                        return plain.read(lines.lineNumber(), lines.buffer(), lines.start(), lines.length());
                    }
                    first = currentLine();
                } else {
                    first = nextLine();
                }
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
        return currentLine();
    }

    private Line currentLine() {
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
            String text;
            if (decoder == null) {
                int bad = Utf8.firstInvalid(current.bytes(), 0, current.bytes().length);
                if (bad >= 0) {
                    return reject(line, first, Reason.MALFORMED, "", "invalid UTF-8 (line "
                            + current.number() + ", byte " + (bad + 1) + ")", false);
                }
                text = new String(current.bytes(), StandardCharsets.UTF_8);
            } else {
                try {
                    text = decoder.decode(ByteBuffer.wrap(current.bytes())).toString();
                } catch (CharacterCodingException e) {
                    return reject(line, first, Reason.MALFORMED, "", "a byte that is not " + charset.name()
                            + " (line " + current.number() + ")", false);
                }
            }
            if (delimiter == 0) {
                delimiter = detectDelimiter(text);
            }
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
                } else if (c == delimiter) {
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
        return CsvPlainLine.row(columns, line, row);
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
            columns = CsvColumns.of(List.of(row), failOnUnknown, known);
        } catch (CsvColumns.CellException e) {
            return endOrStop(e.toRejection(line, Optional.empty()));
        }
        if (decoder == null) {
            // from here on, lines without quotes are read straight from their bytes
            plain = new CsvPlainLine(columns, delimiter, maxCellLength, MAX_COLUMNS);
        }
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
        buffered.close();
    }
}
