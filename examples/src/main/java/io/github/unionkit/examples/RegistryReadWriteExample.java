package io.github.unionkit.examples;

import io.github.unionkit.examples.sample.AstrakhanSample;
import io.github.unionkit.io.registry.ImportReport;
import io.github.unionkit.io.registry.RegistryImport;
import io.github.unionkit.io.registry.RegistryReader;
import io.github.unionkit.io.registry.RegistryRow;
import io.github.unionkit.io.registry.RegistryWriter;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Example: write a membership registry to a file and read it back, record by record.
 *
 * <p>{@link RegistryWriter} and {@link RegistryReader} stream JSON Lines or CSV (chosen by the file's
 * extension) one record at a time, so memory does not grow with the file. {@link RegistryImport}
 * reads, validates and counts in one pass: every record is accepted or rejected with its line number,
 * and the active members are counted per organization, per subtree and per level as of a date.
 */
public final class RegistryReadWriteExample {

    private RegistryReadWriteExample() {
    }

    /**
     * Writes members to a file.
     *
     * @param members the members, not null
     * @param file the file; its extension chooses the format (.jsonl, .ndjson, .csv)
     * @return the number of records written
     */
    public static long write(List<Member> members, Path file) {
        try (RegistryWriter writer = RegistryWriter.open(file)) {
            members.forEach(writer::write);
            return writer.written();
        }
    }

    /**
     * Reads a file back, counting the accepted and rejected records.
     *
     * @param file the file, not null
     * @return {accepted, rejected}
     */
    public static long[] read(Path file) {
        long accepted = 0;
        long rejected = 0;
        try (RegistryReader reader = RegistryReader.open(file)) {
            for (RegistryRow row : (Iterable<RegistryRow>) reader::iterator) {
                if (row.hasMember()) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
        }
        return new long[] {accepted, rejected};
    }

    /**
     * Imports a file: validation, counts as of a date, and the routing through the seed's size tiers.
     *
     * @param file the file, not null
     * @param tree the organizations the members belong to, not null
     * @param asOf the date of the counts, not null
     * @return the import report
     */
    public static ImportReport importFile(Path file, OrganizationTree tree, LocalDate asOf) {
        return RegistryImport.builder(asOf).organizations(tree).schedule(SizeTiers.seedClause43()).build().run(file);
    }

    /**
     * Writes the bundled sample to a temporary CSV file, reads it back and imports it.
     *
     * @param args ignored
     * @throws IOException if the temporary file cannot be created
     */
    public static void main(String[] args) throws IOException {
        Path file = Files.createTempFile("registry", ".csv");
        try {
            System.out.println("written: " + write(AstrakhanSample.members(), file));
            long[] read = read(file);
            System.out.println("read back: " + read[0] + " accepted, " + read[1] + " rejected");
            ImportReport report = importFile(file, OrganizationTree.of(AstrakhanSample.organizations()),
                    AstrakhanSample.DECREE_DATE);
            System.out.println(report);
            report.routing().forEach((tier, ids) -> System.out.println(tier.range() + " -> " + ids));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
