package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.UnknownPropertyPolicy;
import io.github.unionkit.io.json.internal.JsonErrors;
import io.github.unionkit.io.registry.RegistryReadOptions;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.Rejection;
import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.MemberId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads CSV with Jackson's CSV parser, one row (an array of strings) at a time.
 *
 * <p>Cell errors and wrong cell counts reject the row and reading goes on. Syntax errors inside the
 * CSV parser (an unterminated quote), exceeded limits and over-long lines end the read: quoted
 * fields may span lines, so there is no safe place to resume. That last row is reported with reason
 * {@link Reason#UNREADABLE} (or {@link Reason#LINE_TOO_LONG}) and {@link #stoppedEarly()} is true.
 */
public final class CsvSource implements RowSource {

    private final JsonParser parser;
    private final boolean failOnUnknown;
    private final int maxLineLength;
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
        this.maxLineLength = options.maxLineLength();
        this.failOnUnknown = options.unknownProperties() == UnknownPropertyPolicy.FAIL;
        this.parser = RecordFactories.csv(options.limits()).reader()
                .createParser(new LineLengthGuard(in, maxLineLength));
    }

    @Override
    public RegistryRow next() {
        if (done) {
            return null;
        }
        long line = 1;
        try {
            if (columns == null && !readHeader()) {
                return endOrStop(1, null);
            }
            if (parser.nextToken() == null) {
                done = true;
                return null;
            }
            int count = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                if (count == 0) {
                    // the location of START_ARRAY lags behind; the first cell's is exact
                    line = Math.max(1, parser.currentTokenLocation().getLineNr());
                }
                if (count < cells.length) {
                    cells[count] = parser.getString();
                }
                count++;
            }
            if (count != columns.width()) {
                return RegistryRow.of(new Rejection(line, Reason.COLUMN_COUNT, "",
                        "row has " + count + " cells, the header " + columns.width(), columns.idOf(cells)));
            }
            try {
                return RegistryRow.of(line, columns.toMember(cells));
            } catch (CsvColumns.CellException e) {
                Optional<MemberId> id = columns.idOf(cells);
                return RegistryRow.of(e.toRejection(line, id));
            }
        } catch (CsvColumns.CellException e) {
            return endOrStop(1, e.toRejection(1, Optional.empty()));
        } catch (JacksonException e) {
            return endOrStop(line, fatal(line, e));
        }
    }

    private boolean readHeader() {
        if (parser.nextToken() == null) {
            return false;
        }
        List<String> header = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            header.add(parser.getString());
            if (header.size() > 256) {
                throw new CsvColumns.CellException(Reason.COLUMN_COUNT, "", "header has more than 256 columns");
            }
        }
        columns = CsvColumns.of(header, failOnUnknown);
        cells = new String[columns.width()];
        return true;
    }

    private Rejection fatal(long line, JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof LineLengthGuard.LineTooLongException) {
            return Rejection.of(((LineLengthGuard.LineTooLongException) cause).line(), Reason.LINE_TOO_LONG, "",
                    "line longer than " + maxLineLength + " bytes; the rest of the file is not read");
        }
        long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
        Reason reason = Rejections.reasonOf(JsonErrors.typeOf(e));
        String detail;
        if (reason == Reason.MALFORMED || reason == Reason.TRUNCATED) {
            reason = Reason.UNREADABLE;
            detail = "CSV syntax error (for example an unterminated quote or invalid UTF-8)";
        } else {
            detail = JsonErrors.classify(e, null).getOriginalMessage();
        }
        return Rejection.of(Math.max(1, at), reason, "", detail + "; the rest of the file is not read");
    }

    private RegistryRow endOrStop(long line, Rejection rejection) {
        done = true;
        if (rejection == null) {
            return null;
        }
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
        parser.close();
    }
}
