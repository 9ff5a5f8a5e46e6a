package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The baseline of the count comparison (decision 0044): the loop one would write by hand with Jackson's
 * streaming API to get the same counts as UnionKit's import, on one thread. Per record it reads the
 * category, the organization, the admission date and the exit date ({@code LocalDate.parse}), skips
 * every other value, and counts the member in a {@code HashMap} of {@code int[3]} when it is active on
 * the date (admitted on or before it, not left on or before it); then it sums the subtrees over the
 * tree's parent links and puts each territorial organization into its band.
 *
 * <p>It validates nothing: no id, card, name or date-order check, no duplicate detection, no limits
 * beyond Jackson's defaults, no line numbers, no recovery from a bad record, and members of
 * organizations outside the tree are counted where UnionKit rejects them. A record with a history
 * (interruptions, category changes, transfers) is refused rather than miscounted: the baseline reads
 * the generator's records, which have none.
 */
public final class JacksonCountLoop {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvMapper CSV = new CsvMapper();

    private JacksonCountLoop() {
    }

    /**
     * Counts a JSON Lines registry.
     *
     * @param file the file
     * @param asOf the date of the counts
     * @param tree the organization tree
     * @param schedule the size bands
     * @return the counts
     */
    public static EngineCounts jsonLines(Path file, LocalDate asOf, OrganizationTree tree, SizeTiers schedule) {
        Map<String, int[]> direct = new HashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int category = -1;
                String organization = null;
                LocalDate admission = null;
                LocalDate exit = null;
                String name;
                while ((name = p.nextName()) != null) {
                    p.nextToken();
                    switch (name) {
                        case "category" -> category = category(p.getString());
                        case "primaryOrganization" -> organization = p.getString();
                        case "admissionDate" -> admission = LocalDate.parse(p.getString());
                        case "exit" -> {
                            while ((name = p.nextName()) != null) {
                                p.nextToken();
                                if (name.equals("date")) {
                                    exit = LocalDate.parse(p.getString());
                                } else {
                                    p.skipChildren();
                                }
                            }
                        }
                        case "interruptions", "categoryChanges", "transfers" -> throw noHistory();
                        default -> p.skipChildren();
                    }
                }
                count(direct, asOf, category, organization, admission, exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums(direct, tree, schedule);
    }

    /**
     * Counts a CSV registry (with a header line, as the generator writes it), with Jackson's CSV parser.
     *
     * @param file the file
     * @param asOf the date of the counts
     * @param tree the organization tree
     * @param schedule the size bands
     * @return the counts
     */
    public static EngineCounts csv(Path file, LocalDate asOf, OrganizationTree tree, SizeTiers schedule) {
        Map<String, int[]> direct = new HashMap<>();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = CSV.readerFor(Map.class).with(header).createParser(in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int category = -1;
                String organization = null;
                LocalDate admission = null;
                LocalDate exit = null;
                String name;
                while ((name = p.nextName()) != null) {
                    p.nextToken();
                    switch (name) {
                        case "category" -> category = category(p.getString());
                        case "primaryOrganization" -> organization = p.getString();
                        case "admissionDate" -> admission = LocalDate.parse(p.getString());
                        case "exitDate" -> exit = p.getStringLength() == 0 ? null : LocalDate.parse(p.getString());
                        case "interruptions", "categoryChanges", "transfers" -> {
                            if (p.getStringLength() != 0) {
                                throw noHistory();
                            }
                        }
                        default -> {
                            // every other cell is left as it is
                        }
                    }
                }
                count(direct, asOf, category, organization, admission, exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums(direct, tree, schedule);
    }

    private static void count(Map<String, int[]> direct, LocalDate asOf, int category, String organization,
            LocalDate admission, LocalDate exit) {
        if (!admission.isAfter(asOf) && (exit == null || asOf.isBefore(exit))) {
            direct.computeIfAbsent(organization, k -> new int[3])[category]++;
        }
    }

    private static int category(String text) {
        return switch (text) {
            case "EMPLOYEE" -> 0;
            case "NON_WORKING_PENSIONER" -> 1;
            case "STUDENT" -> 2;
            default -> throw new IllegalArgumentException("unknown category");
        };
    }

    private static IllegalArgumentException noHistory() {
        return new IllegalArgumentException("the baseline loop reads records without a history only");
    }

    /** Subtree sums over the parent links (parents come first in depth-first order), then the bands. */
    private static EngineCounts sums(Map<String, int[]> direct, OrganizationTree tree, SizeTiers schedule) {
        List<Organization> organizations = tree.depthFirst();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            position.put(organizations.get(i).id().value(), i);
        }
        long[][] subtree = new long[organizations.size()][3];
        for (Map.Entry<String, int[]> entry : direct.entrySet()) {
            Integer at = position.get(entry.getKey());
            if (at != null) {
                for (int c = 0; c < 3; c++) {
                    subtree[at][c] += entry.getValue()[c];
                }
            }
        }
        for (int i = organizations.size() - 1; i >= 0; i--) {
            Organization organization = organizations.get(i);
            if (organization.parent().isPresent()) {
                long[] parent = subtree[position.get(organization.parent().get().value())];
                for (int c = 0; c < 3; c++) {
                    parent[c] += subtree[i][c];
                }
            }
        }
        Map<String, List<String>> bands = new LinkedHashMap<>();
        for (SizeTier tier : schedule.tiers()) {
            bands.put(tier.range().toString(), new ArrayList<>());
        }
        Map<String, EngineCounts.Tally> subtreeTallies = new HashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            long[] s = subtree[i];
            subtreeTallies.put(organizations.get(i).id().value(), new EngineCounts.Tally(s[0], s[1], s[2]));
            if (organizations.get(i).level() == OrganizationLevel.TERRITORIAL) {
                bands.get(schedule.tierFor(Math.toIntExact(s[0] + s[1] + s[2])).range().toString())
                        .add(organizations.get(i).id().value());
            }
        }
        Map<String, EngineCounts.Tally> directTallies = new HashMap<>();
        direct.forEach((id, c) -> directTallies.put(id, new EngineCounts.Tally(c[0], c[1], c[2])));
        return new EngineCounts(new java.util.TreeMap<>(directTallies), new java.util.TreeMap<>(subtreeTallies), bands);
    }
}
