package io.github.unionkit.model.org.internal;

import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Finds organizations by any name they ever bore, compared by {@link NameKeys#key(CharSequence)}. Keeps
 * no key strings: one sorted {@code long} per distinct name hash of each organization (the key's hash
 * in the high half, the position in the low half), 8 bytes per name. Candidates with the queried hash
 * are confirmed by comparing their names' keys, so hash collisions never produce a false match.
 * Immutable after construction, so safe to share between threads.
 */
public final class NameIndex {

    private final Organization[] organizations;
    private final long[] entries;

    private NameIndex(Organization[] organizations, long[] entries) {
        this.organizations = organizations;
        this.entries = entries;
    }

    /**
     * Indexes the names of organizations.
     *
     * @param organizations the organizations, not null, no nulls; kept, not copied, and must not change
     *     afterwards
     * @return the index
     */
    public static NameIndex of(Organization[] organizations) {
        Objects.requireNonNull(organizations, "organizations");
        long[] entries = new long[organizations.length * 2];
        int count = 0;
        for (int position = 0; position < organizations.length; position++) {
            for (OrganizationName name : organizations[position].names()) {
                if (count + 2 > entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2 + 2);
                }
                entries[count++] = entry(NameKeys.key(name.fullName()).hashCode(), position);
                if (name.shortName().isPresent()) {
                    entries[count++] = entry(NameKeys.key(name.shortName().get()).hashCode(), position);
                }
            }
        }
        Arrays.sort(entries, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || entries[distinct - 1] != entries[i]) {
                entries[distinct++] = entries[i];
            }
        }
        return new NameIndex(organizations, Arrays.copyOf(entries, distinct));
    }

    /**
     * Returns the organizations that ever bore a name with this key, in ascending position.
     *
     * @param key a key from {@link NameKeys#key(CharSequence)}, not null
     * @return an unmodifiable list, empty if none
     */
    public List<Organization> find(String key) {
        Objects.requireNonNull(key, "key");
        int hash = key.hashCode();
        int i = lowerBound(entry(hash, 0));
        List<Organization> found = new ArrayList<>(1);
        for (; i < entries.length && (int) (entries[i] >> 32) == hash; i++) {
            Organization candidate = organizations[(int) entries[i]];
            if (bears(candidate, key)) {
                found.add(candidate);
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    private static boolean bears(Organization organization, String key) {
        for (OrganizationName name : organization.names()) {
            if (NameKeys.key(name.fullName()).equals(key)
                    || name.shortName().map(s -> NameKeys.key(s).equals(key)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long entry(int hash, int position) {
        return ((long) hash << 32) | position;
    }
}
