package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.internal.Utf8;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.MemberId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a UTF-8 CSV line that has no quote character straight from its bytes: such a line is a whole
 * record (a record spans lines only inside quotes), its cells are the runs between separators, and
 * each cell is decoded on its own (ASCII cells, most of them, without a UTF-16 detour). The outcome is
 * the one {@link CsvSource}'s general reader gives the same line, rejections and their order included:
 * invalid UTF-8 first, then, cell by cell, a cell over the length limit or a cell beyond the 256th.
 * Lines with quotes, over-long lines and other encodings take the general reader.
 *
 * <p>Thread-confined; one per reading thread, sharing the immutable {@link CsvColumns}.
 */
final class CsvPlainLine {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';

    private final CsvColumns columns;
    private final byte delimiter;
    private final int maxCellLength;
    private final int maxColumns;
    /** The cells of the line being read, reused from line to line. */
    private final String[] record;

    CsvPlainLine(CsvColumns columns, char delimiter, int maxCellLength, int maxColumns) {
        this.columns = columns;
        this.delimiter = (byte) delimiter;
        this.maxCellLength = maxCellLength;
        this.maxColumns = maxColumns;
        this.record = new String[maxColumns];
    }

    /**
     * Tells whether a line has no {@code "}, 8 bytes at a time (a zero byte in {@code word ^ QUOTES}
     * marks a quote: the classic has-zero-byte test).
     */
    static boolean unquoted(byte[] b, int start, int length) {
        int i = start;
        int end = start + length;
        for (; end - i >= Long.BYTES; i += Long.BYTES) {
            long x = (long) LONGS.get(b, i) ^ QUOTES;
            if (((x - ONES) & ~x & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < end; i++) {
            if (b[i] == '"') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads an {@link #unquoted(byte[], int, int) unquoted}, non-empty line that is not over the line
     * limit, as a record.
     *
     * @param line the line number
     * @param b the buffer
     * @param start the line's offset
     * @param length its length
     * @return the row
     */
    RegistryRow read(long line, byte[] b, int start, int length) {
        int end = start + length;
        int bad = Utf8.firstInvalid(b, start, end);
        if (bad >= 0) {
            return rejected(line, Reason.MALFORMED, "invalid UTF-8 (line " + line + ", byte " + (bad - start + 1) + ")");
        }
        int cells = 0;
        int from = start;
        while (true) {
            int to = from;
            while (to < end && b[to] != delimiter) {
                to++;
            }
            String cell = new String(b, from, to - from, StandardCharsets.UTF_8);
            if (cell.length() > maxCellLength) {
                return rejected(line, Reason.LIMIT_EXCEEDED, "a cell is longer than " + maxCellLength + " characters");
            }
            if (cells >= maxColumns) {
                return rejected(line, Reason.COLUMN_COUNT, "row has more than " + maxColumns + " cells");
            }
            record[cells++] = cell;
            if (to == end) {
                break;
            }
            from = to + 1;
        }
        return row(columns, line, Arrays.copyOf(record, cells));
    }

    /**
     * Turns the cells of a record into its row: a member, or the rejection of a wrong cell count or a bad
     * cell.
     *
     * @param columns the header's columns
     * @param line the line the record starts on
     * @param row the cells
     * @return the row
     */
    static RegistryRow row(CsvColumns columns, long line, String[] row) {
        if (row.length != columns.width()) {
            String[] cells = Arrays.copyOf(row, columns.width());
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

    private static RegistryRow rejected(long line, Reason reason, String detail) {
        return RegistryRow.of(new Rejection(line, reason, "", detail, Optional.empty()));
    }
}
