package io.github.unionkit.model.org.internal;

import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationTreeException;
import io.github.unionkit.model.org.OrganizationTreeException.ErrorType;
import java.util.List;
import java.util.Objects;

/**
 * Finds an organization's position in an array of organizations by its id. An open-addressing table
 * of {@code int}s (position + 1, 0 for an empty cell) with linear probing and at least 1.5 cells per
 * organization: about 6 to 12 bytes per organization, where a {@code HashMap} entry costs some 40
 * bytes. The ids are not copied; they are read from the array, which the caller must not change.
 * Immutable after construction, so safe to share between threads.
 */
public final class IdTable {

    private final Organization[] organizations;
    private final int[] cells;
    private final int mask;

    private IdTable(Organization[] organizations, int[] cells) {
        this.organizations = organizations;
        this.cells = cells;
        this.mask = cells.length - 1;
    }

    /**
     * Indexes organizations by id, checking them in array order.
     *
     * @param organizations the organizations, not null; kept, not copied, and must not change afterwards
     * @return the table
     * @throws NullPointerException if the array or an element is null (an element is checked only when
     *     no duplicate id precedes it)
     * @throws OrganizationTreeException with {@code DUPLICATE_ID} naming the first id that repeats
     */
    public static IdTable of(Organization[] organizations) {
        Objects.requireNonNull(organizations, "organizations");
        int n = organizations.length;
        int capacity = Integer.highestOneBit(Math.max(2, n + n / 2)) << 1;
        IdTable table = new IdTable(organizations, new int[capacity]);
        for (int i = 0; i < n; i++) {
            Organization organization = Objects.requireNonNull(organizations[i], "organization");
            OrganizationId id = organization.id();
            int cell = spread(id.hashCode()) & table.mask;
            int entry;
            while ((entry = table.cells[cell]) != 0) {
                if (organizations[entry - 1].id().equals(id)) {
                    throw new OrganizationTreeException(ErrorType.DUPLICATE_ID, List.of(id),
                            "two organizations share this id");
                }
                cell = (cell + 1) & table.mask;
            }
            table.cells[cell] = i + 1;
        }
        return table;
    }

    /**
     * Returns the position of the organization with this id.
     *
     * @param id the id, not null
     * @return the index into the array the table was built from, or -1 if no organization has this id
     */
    public int positionOf(OrganizationId id) {
        int cell = spread(id.hashCode()) & mask;
        int entry;
        while ((entry = cells[cell]) != 0) {
            if (organizations[entry - 1].id().equals(id)) {
                return entry - 1;
            }
            cell = (cell + 1) & mask;
        }
        return -1;
    }

    /** Mixes high bits into the low ones that the mask keeps, so similar ids spread over the table. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
