package io.github.unionkit.io.registry;

import io.github.unionkit.io.json.UnionJson;
import io.github.unionkit.model.org.OrganizationId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Dated employee counts per organization, the input of membership coverage («охват»): for each
 * organization, the headcount that holds on a date is the one of the latest count dated on or before
 * it. Immutable.
 *
 * <p>{@link #read(Path)} reads them from a small file, by extension:
 * <ul>
 *   <li>{@code .csv}: a header {@code organization,asOf,employees} (or {@code ;}-separated), then one
 *       count per line, e.g. {@code p1,2020-01-01,120}; blank lines are skipped;</li>
 *   <li>{@code .json}: an array of objects {@code {"organization": "p1", "asOf": "2020-01-01",
 *       "employees": 120}}.</li>
 * </ul>
 * Two counts of the same organization on the same date are an error.
 */
public final class EmployeeCounts {

    private static final EmployeeCounts NONE = new EmployeeCounts(Map.of(), 0);

    private final Map<OrganizationId, List<EmployeeCount>> byOrganization;
    private final int size;

    private EmployeeCounts(Map<OrganizationId, List<EmployeeCount>> byOrganization, int size) {
        this.byOrganization = byOrganization;
        this.size = size;
    }

    /**
     * Returns no counts at all: every coverage is unknown.
     *
     * @return the empty set of counts
     */
    public static EmployeeCounts none() {
        return NONE;
    }

    /**
     * Returns the given counts.
     *
     * @param counts the counts, not null, without null elements
     * @return the counts, indexed by organization and date
     * @throws IllegalArgumentException if an organization has two counts on the same date
     */
    public static EmployeeCounts of(Collection<EmployeeCount> counts) {
        Objects.requireNonNull(counts, "counts");
        Map<OrganizationId, List<EmployeeCount>> map = new HashMap<>();
        for (EmployeeCount count : counts) {
            Objects.requireNonNull(count, "count");
            map.computeIfAbsent(count.organization(), id -> new ArrayList<>()).add(count);
        }
        Map<OrganizationId, List<EmployeeCount>> sorted = new HashMap<>();
        map.forEach((id, list) -> {
            list.sort(Comparator.comparing(EmployeeCount::asOf));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).asOf().equals(list.get(i - 1).asOf())) {
                    throw new IllegalArgumentException("two employee counts of " + id + " as of " + list.get(i).asOf());
                }
            }
            sorted.put(id, List.copyOf(list));
        });
        return new EmployeeCounts(Map.copyOf(sorted), counts.size());
    }

    /**
     * Reads counts from a {@code .csv} or {@code .json} file (see the class description).
     *
     * @param file the file, not null
     * @return the counts
     * @throws IllegalArgumentException if the extension is neither, or the content is not valid (the
     *     message names the line or element)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static EmployeeCounts read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name.endsWith(".csv")) {
            return of(parseCsv(text));
        }
        if (name.endsWith(".json")) {
            return of(parseJson(text));
        }
        throw new IllegalArgumentException("employee counts must be a .csv or .json file: " + file.getFileName());
    }

    private static List<EmployeeCount> parseCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        List<EmployeeCount> counts = new ArrayList<>();
        String separator = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (separator == null) {
                separator = line.contains(";") ? ";" : ",";
                String[] header = line.split(separator, -1);
                if (header.length != 3 || !header[0].strip().equals("organization")
                        || !header[1].strip().equals("asOf") || !header[2].strip().equals("employees")) {
                    throw new IllegalArgumentException("line " + (i + 1)
                            + ": the header must be organization" + separator + "asOf" + separator + "employees");
                }
                continue;
            }
            String[] fields = line.split(separator, -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException("line " + (i + 1) + ": 3 fields expected, found " + fields.length);
            }
            counts.add(count(fields[0].strip(), fields[1].strip(), fields[2].strip(), "line " + (i + 1)));
        }
        return counts;
    }

    private static List<EmployeeCount> parseJson(String text) {
        JsonNode root;
        try {
            root = UnionJson.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("employee counts are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("employee counts must be a JSON array");
        }
        List<EmployeeCount> counts = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String where = "element " + i;
            if (!node.isObject() || !node.hasNonNull("organization") || !node.hasNonNull("asOf")
                    || !node.hasNonNull("employees") || !node.get("employees").isIntegralNumber()) {
                throw new IllegalArgumentException(where + ": organization, asOf and an integer employees are required");
            }
            counts.add(count(node.get("organization").asString(), node.get("asOf").asString(),
                    node.get("employees").toString(), where));
        }
        return counts;
    }

    private static EmployeeCount count(String organization, String asOf, String employees, String where) {
        try {
            return EmployeeCount.of(OrganizationId.parse(organization), LocalDate.parse(asOf),
                    Integer.parseInt(employees));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": asOf is not a date yyyy-MM-dd", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the headcount of an organization on a date: that of its latest count dated on or before it.
     *
     * @param organization the organization, not null
     * @param date the date, not null
     * @return the headcount, or empty if the organization has no count dated on or before {@code date}
     */
    public OptionalInt employeesOn(OrganizationId organization, LocalDate date) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(date, "date");
        List<EmployeeCount> counts = byOrganization.get(organization);
        if (counts == null) {
            return OptionalInt.empty();
        }
        OptionalInt found = OptionalInt.empty();
        for (EmployeeCount count : counts) {
            if (count.asOf().isAfter(date)) {
                break;
            }
            found = OptionalInt.of(count.employees());
        }
        return found;
    }

    /**
     * Returns the number of counts.
     *
     * @return at least 0
     */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "EmployeeCounts[" + size + " counts of " + byOrganization.size() + " organizations]";
    }
}
