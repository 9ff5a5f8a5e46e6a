package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.catalogue.SizeTier;
import io.github.unionkit.rules.catalogue.SizeTiers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The reference engine of the count comparison (decision 0044): the same counts in DuckDB through JDBC,
 * in an in-memory database. The registry is scanned with {@code read_json} (newline-delimited, only the
 * four columns the counts need) or {@code read_csv}; the tree is appended as a table of
 * {@code (id, parent, level)}; the direct counts are one {@code GROUP BY}, the subtree sums a join with
 * the ancestor closure (a recursive CTE), and the bands a {@code CASE} over the schedule's ranges. Like
 * the Jackson loop, it validates nothing and reads records without a history only.
 */
public final class DuckDbCounts {

    private DuckDbCounts() {
    }

    /**
     * Counts a registry.
     *
     * @param file the file
     * @param format its format
     * @param asOf the date of the counts
     * @param tree the organization tree
     * @param schedule the size bands
     * @param threads DuckDB's worker threads, or 0 for its default (the available processors)
     * @return the counts
     */
    public static EngineCounts count(Path file, RegistryFormat format, LocalDate asOf, OrganizationTree tree,
            SizeTiers schedule, int threads) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = connection.createStatement()) {
            if (threads > 0) {
                sql.execute("SET threads = " + threads);
            }
            sql.execute("CREATE TABLE orgs (id VARCHAR, parent VARCHAR, level VARCHAR)");
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(
                    DuckDBConnection.DEFAULT_SCHEMA, "orgs")) {
                for (Organization organization : tree.depthFirst()) {
                    appender.beginRow();
                    appender.append(organization.id().value());
                    appender.append(organization.parent().map(p -> p.value()).orElse(null));
                    appender.append(organization.level().name());
                    appender.endRow();
                }
            }
            String date = "DATE '" + asOf + "'";
            sql.execute("CREATE TABLE direct AS SELECT org,"
                    + " count(*) FILTER (WHERE category = 'EMPLOYEE') AS e,"
                    + " count(*) FILTER (WHERE category = 'NON_WORKING_PENSIONER') AS p,"
                    + " count(*) FILTER (WHERE category = 'STUDENT') AS s"
                    + " FROM " + scan(file, format)
                    + " WHERE admission <= " + date + " AND (exit_date IS NULL OR exit_date > " + date + ")"
                    + " GROUP BY org");
            sql.execute("CREATE TABLE subtree AS WITH RECURSIVE up(org, anc) AS ("
                    + " SELECT id, id FROM orgs"
                    + " UNION ALL SELECT up.org, o.parent FROM up JOIN orgs o ON o.id = up.anc WHERE o.parent IS NOT NULL)"
                    + " SELECT up.anc AS id, sum(d.e) AS e, sum(d.p) AS p, sum(d.s) AS s"
                    + " FROM direct d JOIN up ON up.org = d.org GROUP BY up.anc");
            Map<String, EngineCounts.Tally> direct = tallies(sql, "SELECT org, e, p, s FROM direct");
            Map<String, EngineCounts.Tally> subtree = tallies(sql, "SELECT id, e, p, s FROM subtree");
            Map<String, List<String>> bands = bands(sql, schedule);
            return new EngineCounts(new TreeMap<>(direct), new TreeMap<>(subtree), bands);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
        }
    }

    private static String scan(Path file, RegistryFormat format) {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        if (format == RegistryFormat.CSV) {
            return "(SELECT category, primaryOrganization AS org, admissionDate AS admission, exitDate AS exit_date"
                    + " FROM read_csv(" + path + ", header = true, delim = ',', quote = '\"', escape = '\"',"
                    + " types = {'admissionDate': 'DATE', 'exitDate': 'DATE', 'category': 'VARCHAR',"
                    + " 'primaryOrganization': 'VARCHAR'}))";
        }
        return "(SELECT category, primaryOrganization AS org, admissionDate AS admission, \"exit\".\"date\" AS exit_date"
                + " FROM read_json(" + path + ", format = 'newline_delimited', columns = {category: 'VARCHAR',"
                + " primaryOrganization: 'VARCHAR', admissionDate: 'DATE', \"exit\": 'STRUCT(\"date\" DATE, reason VARCHAR)'}))";
    }

    private static Map<String, EngineCounts.Tally> tallies(Statement sql, String query) throws SQLException {
        Map<String, EngineCounts.Tally> tallies = new HashMap<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                tallies.put(rows.getString(1), new EngineCounts.Tally(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return tallies;
    }

    /** Each territorial organization's band, from its subtree total (0 when it has no member). */
    private static Map<String, List<String>> bands(Statement sql, SizeTiers schedule) throws SQLException {
        List<SizeTier> tiers = schedule.tiers();
        StringBuilder band = new StringBuilder("CASE");
        for (int i = 0; i < tiers.size(); i++) {
            band.append(" WHEN total >= ").append(tiers.get(i).range().minInclusive());
            if (tiers.get(i).range().maxInclusive().isPresent()) {
                band.append(" AND total <= ").append(tiers.get(i).range().maxInclusive().getAsInt());
            }
            band.append(" THEN ").append(i);
        }
        band.append(" END");
        Map<String, List<String>> bands = new LinkedHashMap<>();
        for (SizeTier tier : tiers) {
            bands.put(tier.range().toString(), new ArrayList<>());
        }
        try (ResultSet rows = sql.executeQuery("SELECT id, " + band + " FROM (SELECT o.id,"
                + " coalesce(t.e + t.p + t.s, 0) AS total FROM orgs o LEFT JOIN subtree t ON t.id = o.id"
                + " WHERE o.level = 'TERRITORIAL')")) {
            while (rows.next()) {
                bands.get(tiers.get(rows.getInt(2)).range().toString()).add(rows.getString(1));
            }
        }
        return bands;
    }
}
