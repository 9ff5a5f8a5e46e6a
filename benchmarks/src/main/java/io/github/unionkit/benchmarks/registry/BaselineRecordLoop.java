package io.github.unionkit.benchmarks.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline of the registry import benchmark: the loop one would write by hand with Jackson's
 * streaming API to read a JSON Lines registry into plain records, with no validation, no limits
 * beyond Jackson's defaults, no line numbers and no recovery from bad lines.
 */
public final class BaselineRecordLoop {

    /** A registry record as plain fields. */
    public record Row(String id, String category, String organization, LocalDate admission, LocalDate exitDate,
            String exitReason, String card, String family, String given, String patronymic, LocalDate birthDate) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private BaselineRecordLoop() {
    }

    /**
     * Reads every record of a JSON Lines file.
     *
     * @param file the file
     * @param sink receives each record
     * @return the number of records
     */
    public static long read(Path file, Consumer<Row> sink) {
        long count = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                sink.accept(row(p));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private static Row row(JsonParser p) {
        String id = null;
        String category = null;
        String organization = null;
        LocalDate admission = null;
        LocalDate exitDate = null;
        String exitReason = null;
        String card = null;
        String family = null;
        String given = null;
        String patronymic = null;
        LocalDate birth = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "id": id = p.getString(); break;
                case "category": category = p.getString(); break;
                case "primaryOrganization": organization = p.getString(); break;
                case "admissionDate": admission = LocalDate.parse(p.getString()); break;
                case "card": card = p.getString(); break;
                case "birthDate": birth = LocalDate.parse(p.getString()); break;
                case "exit":
                    while ((name = p.nextName()) != null) {
                        p.nextToken();
                        if (name.equals("date")) {
                            exitDate = LocalDate.parse(p.getString());
                        } else {
                            exitReason = p.getString();
                        }
                    }
                    break;
                case "name":
                    while ((name = p.nextName()) != null) {
                        p.nextToken();
                        switch (name) {
                            case "family": family = p.getString(); break;
                            case "given": given = p.getString(); break;
                            default: patronymic = p.getString();
                        }
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Row(id, category, organization, admission, exitDate, exitReason, card, family, given, patronymic,
                birth);
    }
}
