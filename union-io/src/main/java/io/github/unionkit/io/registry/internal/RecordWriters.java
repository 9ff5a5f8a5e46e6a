package io.github.unionkit.io.registry.internal;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.io.json.internal.IsoDates;
import io.github.unionkit.io.json.internal.MemberRecords;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The writing side of the registry formats.
 */
public final class RecordWriters {

    /** Writes records to one output. */
    public interface RecordSink {

        /**
         * Writes one record.
         *
         * @param member the member
         */
        void write(Member member);

        /**
         * Writes one record given as text: a JSON line (without its line end) or CSV cells. Used to
         * produce deliberately invalid records for tests.
         *
         * @param json the JSON Lines form, used by JSON Lines sinks
         * @param cells the CSV cells, used by CSV sinks
         */
        void writeRaw(String json, String[] cells);

        /** Flushes and closes the output. */
        void close();
    }

    private RecordWriters() {
    }

    /**
     * Returns a JSON Lines sink.
     *
     * @param out the output, closed by the sink
     * @return the sink
     */
    public static RecordSink jsonLines(OutputStream out) {
        JsonFactory factory = UnionJson.jsonFactory(JsonLimits.registryRecord()).rebuild()
                .rootValueSeparator("")
                .build();
        JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out);
        return new RecordSink() {
            @Override
            public void write(Member member) {
                MemberRecords.write(member, generator);
                generator.writeRaw('\n');
            }

            @Override
            public void writeRaw(String json, String[] cells) {
                generator.writeRaw(json);
                generator.writeRaw('\n');
            }

            @Override
            public void close() {
                closeAll(generator, out);
            }
        };
    }

    /**
     * Returns a CSV sink, which writes the header row before the first record (or at close, if no
     * record was written).
     *
     * @param out the output, closed by the sink
     * @return the sink
     */
    public static RecordSink csv(OutputStream out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String name : CsvColumns.NAMES) {
            schema.addColumn(name);
        }
        JsonGenerator generator = RecordFactories.csv(JsonLimits.registryRecord())
                .writer(schema.build().withHeader().withLineSeparator("\n"))
                .createGenerator(out);
        return new RecordSink() {
            private final String[] cells = new String[CsvColumns.NAMES.size()];
            private boolean any;

            @Override
            public void write(Member member) {
                fill(member, cells);
                writeRaw("", cells);
            }

            @Override
            public void writeRaw(String json, String[] row) {
                generator.writeStartArray();
                for (String cell : row) {
                    generator.writeString(cell);
                }
                generator.writeEndArray();
                any = true;
            }

            @Override
            public void close() {
                if (!any) {
                    generator.writeStartArray();
                    generator.writeEndArray();
                }
                closeAll(generator, out);
            }
        };
    }

    /**
     * Fills the CSV cells of a member, in {@link CsvColumns#NAMES} order; absent values are empty.
     *
     * @param member the member
     * @param cells the cells to fill, {@link CsvColumns#NAMES} long
     */
    public static void fill(Member member, String[] cells) {
        cells[0] = member.id().value();
        cells[1] = member.category().name();
        cells[2] = member.primaryOrganization().value();
        cells[3] = IsoDates.format(member.admissionDate());
        MembershipExit exit = member.exit().orElse(null);
        cells[4] = exit == null ? "" : IsoDates.format(exit.date());
        cells[5] = exit == null ? "" : exit.reason().name();
        cells[6] = member.card().map(card -> card.value()).orElse("");
        PersonName name = member.name().orElse(null);
        cells[7] = name == null ? "" : name.family();
        cells[8] = name == null ? "" : name.given();
        cells[9] = name == null ? "" : name.patronymic().orElse("");
        cells[10] = member.birthDate().map(IsoDates::format).orElse("");
        System.arraycopy(CsvColumns.historyCells(member), 0, cells, 11, 5);
    }

    private static void closeAll(JsonGenerator generator, OutputStream out) {
        try {
            generator.close();
            out.close();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("closing the registry output failed", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
