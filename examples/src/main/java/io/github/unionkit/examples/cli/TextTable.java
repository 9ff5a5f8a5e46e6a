package io.github.unionkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with left-aligned columns, for terminal reports. Rows are added first, widths
 * are computed when printed.
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = header;
    }

    /**
     * Starts a table.
     *
     * @param header the column titles; an empty list prints no header line
     * @return the table
     */
    static TextTable withHeader(String... header) {
        return new TextTable(List.of(header));
    }

    /**
     * Adds a row; missing cells print empty, extra cells widen the table.
     *
     * @param cells the cells, not null
     * @return this table
     */
    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(String.valueOf(Objects.requireNonNull(cell, "cell")));
        }
        rows.add(row);
        return this;
    }

    /**
     * Tells whether the table has no rows.
     *
     * @return true when no row was added
     */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Prints the table, each line starting with {@code indent}.
     *
     * @param out the destination, not null
     * @param indent the prefix of every line, not null
     */
    void print(PrintWriter out, String indent) {
        int columns = header.size();
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        int[] widths = new int[columns];
        measure(header, widths);
        for (List<String> row : rows) {
            measure(row, widths);
        }
        if (!header.isEmpty()) {
            printRow(out, indent, header, widths);
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
            }
            out.println(indent + rule);
        }
        for (List<String> row : rows) {
            printRow(out, indent, row, widths);
        }
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], width(row.get(i)));
        }
    }

    private static void printRow(PrintWriter out, String indent, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
            String cell = i < row.size() ? row.get(i) : "";
            if (i > 0) {
                line.append("  ");
            }
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - width(cell)));
            }
        }
        out.println(stripTrailing(line));
    }

    private static String stripTrailing(StringBuilder line) {
        return line.toString().stripTrailing();
    }

    /** The display width in a monospace terminal: one column per code point (no wide CJK here). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
