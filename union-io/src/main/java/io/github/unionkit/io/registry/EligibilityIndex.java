package io.github.unionkit.io.registry;

import io.github.unionkit.io.registry.EligibilityIndexException.ErrorType;
import io.github.unionkit.io.registry.internal.MemberKeys;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.ExitReason;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.MembershipInterruption;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * "Is this an active member on date D, and since when?" — by member id or by card number, for benefit
 * systems («Профмаркет», loans, tours), without the registry in memory.
 *
 * <p>The index keeps, per member, a 64-bit key of the id, the start of the latest spell, the final exit
 * day and reason (17 bytes), and per card a key and the owner (12 bytes): at most 29 bytes per member
 * with a card, in sorted primitive arrays searched by bisection. Members with breaks in their
 * membership keep their spells in a side table. Keys are exact for ids of up to 10 characters and
 * cards of up to 17 digits; longer ones are 62-bit hashes, so an unknown long id or card matches a
 * known one with a probability of about (members / 2<sup>62</sup>) per question (decision 0031).
 *
 * <p>Build it from a registry stream with {@link #builder()}, save it with {@link #save(Path)} and load
 * it with {@link #load(Path)}. An index is immutable and thread-safe; {@link #toString()} gives sizes
 * only.
 */
public final class EligibilityIndex {

    private static final int MAGIC = 0x554B4549; // "UKEI"
    private static final int VERSION = 1;
    /** No exit: the membership lasts. */
    private static final int OPEN = Integer.MAX_VALUE;
    private static final int HISTORY = 0x80;
    private static final ExitReason[] REASONS = ExitReason.values();

    private final long[] ids;
    private final int[] since;
    private final int[] until;
    /** Bits 0-6: exit reason ordinal + 1 (0: none); bit 7: the member has spells in the side table. */
    private final byte[] flags;
    private final long[] historyIds;
    /** For the i-th member with history, its spells at [offsets[i], offsets[i+1]) in triples. */
    private final int[] historyOffsets;
    /** Triples: start day, exit day (or OPEN), exit reason ordinal + 1 (0: none). */
    private final int[] spells;
    private final long[] cards;
    private final int[] owners;
    /** Every {@link #SAMPLE}-th key of {@link #ids} and {@link #cards}: a first search in cache. */
    private final long[] idSamples;
    private final long[] cardSamples;
    private static final int SAMPLE_BITS = 6;
    private static final int SAMPLE = 1 << SAMPLE_BITS;

    private EligibilityIndex(long[] ids, int[] since, int[] until, byte[] flags, long[] historyIds,
            int[] historyOffsets, int[] spells, long[] cards, int[] owners) {
        this.ids = ids;
        this.since = since;
        this.until = until;
        this.flags = flags;
        this.historyIds = historyIds;
        this.historyOffsets = historyOffsets;
        this.spells = spells;
        this.cards = cards;
        this.owners = owners;
        this.idSamples = samples(ids);
        this.cardSamples = samples(cards);
    }

    private static long[] samples(long[] keys) {
        long[] samples = new long[(keys.length + SAMPLE - 1) >>> SAMPLE_BITS];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = keys[i << SAMPLE_BITS];
        }
        return samples;
    }

    /**
     * Finds a key: bisection in the samples (small enough to stay in cache), then in one block of
     * {@link #SAMPLE} keys, instead of some 23 cache misses over 5 million keys.
     *
     * @return the key's position, or -1
     */
    private static int find(long[] keys, long[] samples, long key) {
        int block = Arrays.binarySearch(samples, key);
        if (block >= 0) {
            return block << SAMPLE_BITS;
        }
        block = -block - 2;
        if (block < 0) {
            return -1;
        }
        int from = (block << SAMPLE_BITS) + 1;
        int at = Arrays.binarySearch(keys, from, Math.min(keys.length, from + SAMPLE - 1), key);
        return at < 0 ? -1 : at;
    }

    /**
     * Returns a builder that takes members one by one, for example from a {@link RegistryReader}.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Answers for a member id.
     *
     * @param id the member id, not null
     * @param date the date asked about, not null
     * @return the answer; {@link Eligibility.Status#UNKNOWN_MEMBER} if no member has the id
     */
    public Eligibility byMember(MemberId id, LocalDate date) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        int at = find(ids, idSamples, MemberKeys.ofId(id.value()));
        return at < 0 ? unknown(date, Eligibility.Status.UNKNOWN_MEMBER) : answer(at, date);
    }

    /**
     * Answers for a card number.
     *
     * @param card the card number, not null
     * @param date the date asked about, not null
     * @return the answer; {@link Eligibility.Status#UNKNOWN_CARD} if no member has the card
     */
    public Eligibility byCard(CardNumber card, LocalDate date) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(date, "date");
        int at = find(cards, cardSamples, MemberKeys.ofCard(card.value()));
        if (at < 0) {
            return unknown(date, Eligibility.Status.UNKNOWN_CARD);
        }
        // a former card's owner is stored complemented
        return owners[at] >= 0 ? answer(owners[at], date) : unknown(date, Eligibility.Status.CARD_REPLACED);
    }

    /**
     * Returns the number of members held.
     *
     * @return the size
     */
    public int size() {
        return ids.length;
    }

    /**
     * Returns the number of card numbers held.
     *
     * @return the number of cards
     */
    public int cards() {
        return cards.length;
    }

    /**
     * Returns the bytes the index's arrays hold, for sizing a heap.
     *
     * @return the retained size in bytes, array headers included
     */
    public long retainedBytes() {
        return 8L * ids.length + 4L * since.length + 4L * until.length + flags.length + 8L * historyIds.length
                + 4L * historyOffsets.length + 4L * spells.length + 8L * cards.length + 4L * owners.length
                + 8L * idSamples.length + 8L * cardSamples.length + 11 * 16;
    }

    private static Eligibility unknown(LocalDate date, Eligibility.Status status) {
        return new Eligibility(date, status, Optional.empty(), Optional.empty());
    }

    private Eligibility answer(int member, LocalDate date) {
        long day = date.toEpochDay();
        if ((flags[member] & HISTORY) != 0) {
            return fromSpells(member, date, day);
        }
        return answer(date, day, since[member], until[member], flags[member] & 0x7F, -1, 0);
    }

    /** The answer of one spell, or of the gap after the previous spell (exit day and reason). */
    private static Eligibility answer(LocalDate date, long day, int start, int end, int reason, int gapExit,
            int gapReason) {
        if (day < start) {
            return gapExit < 0 ? new Eligibility(date, Eligibility.Status.NOT_YET_ADMITTED,
                    Optional.of(LocalDate.ofEpochDay(start)), Optional.empty()) : left(date, gapExit, gapReason);
        }
        if (end != OPEN && day >= end) {
            return left(date, end, reason);
        }
        return new Eligibility(date, Eligibility.Status.ACTIVE, Optional.of(LocalDate.ofEpochDay(start)),
                Optional.empty());
    }

    private static Eligibility left(LocalDate date, int exitDay, int reason) {
        return new Eligibility(date, Eligibility.Status.LEFT, Optional.empty(),
                Optional.of(MembershipExit.of(LocalDate.ofEpochDay(exitDay), REASONS[reason - 1])));
    }

    private Eligibility fromSpells(int member, LocalDate date, long day) {
        int at = Arrays.binarySearch(historyIds, ids[member]);
        int from = historyOffsets[at];
        int to = historyOffsets[at + 1];
        int gapExit = -1;
        int gapReason = 0;
        for (int s = from; s < to; s += 3) {
            boolean last = s + 3 >= to;
            if (day < spells[s + 1] || last || day < spells[s + 3]) {
                return answer(date, day, spells[s], spells[s + 1], spells[s + 2], gapExit, gapReason);
            }
            gapExit = spells[s + 1];
            gapReason = spells[s + 2];
        }
        throw new IllegalStateException("a member with history has no spells");
    }

    /**
     * Writes the index to a file (replaced if it exists): a small header, the arrays, a CRC-32.
     *
     * @param file the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream raw = Files.newOutputStream(file)) {
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc),
                    1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeLongs(out, ids);
            writeInts(out, since);
            writeInts(out, until);
            out.writeInt(flags.length);
            out.write(flags);
            writeLongs(out, historyIds);
            writeInts(out, historyOffsets);
            writeInts(out, spells);
            writeLongs(out, cards);
            writeInts(out, owners);
            out.flush();
            out.writeLong(crc.getValue());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an index written by {@link #save(Path)}, checking its header, its counts against the
     * file's size, its order and its checksum.
     *
     * @param file the file, not null
     * @return the index
     * @throws EligibilityIndexException ({@code CORRUPT_FILE}, {@code UNSUPPORTED_VERSION}) if the file
     *     is not an intact index of this format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static EligibilityIndex load(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream raw = Files.newInputStream(file)) {
            long size = Files.size(file);
            CRC32 crc = new CRC32();
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc);
            DataInputStream in = new DataInputStream(checked);
            if (size < 8 || in.readInt() != MAGIC) {
                throw corrupt("not an eligibility index");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new EligibilityIndexException(ErrorType.UNSUPPORTED_VERSION,
                        "format version " + version + ", this library reads " + VERSION);
            }
            long[] ids = readLongs(in, size);
            int[] since = readInts(in, size);
            int[] until = readInts(in, size);
            byte[] flags = new byte[count(in, size, 1)];
            in.readFully(flags);
            long[] historyIds = readLongs(in, size);
            int[] historyOffsets = readInts(in, size);
            int[] spells = readInts(in, size);
            long[] cards = readLongs(in, size);
            int[] owners = readInts(in, size);
            long computed = crc.getValue();
            if (in.readLong() != computed || in.read() != -1) {
                throw corrupt("the checksum does not match");
            }
            check(ids, since, until, flags, historyIds, historyOffsets, spells, cards, owners);
            return new EligibilityIndex(ids, since, until, flags, historyIds, historyOffsets, spells, cards, owners);
        } catch (EOFException e) {
            throw corrupt("the file ends too early");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(long[] ids, int[] since, int[] until, byte[] flags, long[] historyIds,
            int[] historyOffsets, int[] spells, long[] cards, int[] owners) {
        int n = ids.length;
        if (since.length != n || until.length != n || flags.length != n || owners.length != cards.length
                || historyOffsets.length != historyIds.length + 1 || historyOffsets[0] != 0
                || historyOffsets[historyIds.length] != spells.length || spells.length % 3 != 0) {
            throw corrupt("the array lengths do not agree");
        }
        if (!ascending(ids) || !ascending(historyIds) || !ascending(cards)) {
            throw corrupt("the keys are not in order");
        }
        for (int i = 0; i < n; i++) {
            int reason = flags[i] & 0x7F;
            if (reason > REASONS.length || reason == 0 && until[i] != OPEN || reason != 0 && until[i] == OPEN
                    || (flags[i] & HISTORY) != 0 && Arrays.binarySearch(historyIds, ids[i]) < 0) {
                throw corrupt("member " + i + " is inconsistent");
            }
        }
        for (int i = 0; i < historyIds.length; i++) {
            if (historyOffsets[i + 1] <= historyOffsets[i] || (historyOffsets[i + 1] - historyOffsets[i]) % 3 != 0) {
                throw corrupt("the spells of member " + i + " with history are inconsistent");
            }
        }
        for (int s = 2; s < spells.length; s += 3) {
            if (spells[s] < 0 || spells[s] > REASONS.length) {
                throw corrupt("spell " + s / 3 + " has no valid exit reason");
            }
        }
        for (int owner : owners) {
            if ((owner < 0 ? ~owner : owner) >= n) {
                throw corrupt("a card has no owner in the index");
            }
        }
    }

    private static boolean ascending(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                return false;
            }
        }
        return true;
    }

    private static EligibilityIndexException corrupt(String detail) {
        return new EligibilityIndexException(ErrorType.CORRUPT_FILE, detail);
    }

    private static int count(DataInputStream in, long size, int width) throws IOException {
        int count = in.readInt();
        if (count < 0 || (long) count * width > size) {
            throw corrupt("an array count is larger than the file");
        }
        return count;
    }

    private static long[] readLongs(DataInputStream in, long size) throws IOException {
        long[] values = new long[count(in, size, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static int[] readInts(DataInputStream in, long size) throws IOException {
        int[] values = new int[count(in, size, 4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long value : values) {
            out.writeLong(value);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    /**
     * Returns the sizes only: an index answers about persons and never prints them.
     *
     * @return e.g. {@code EligibilityIndex[members=5000000, cards=3500000, bytes=...]}
     */
    @Override
    public String toString() {
        return "EligibilityIndex[members=" + ids.length + ", cards=" + cards.length + ", bytes=" + retainedBytes() + "]";
    }

    /**
     * Builds {@link EligibilityIndex}es from members added one by one, in chunked primitive arrays
     * (never the members themselves, never a spare copy while growing). Not thread-safe.
     */
    public static final class Builder {

        private static final int CHUNK_BITS = 15;
        private static final int CHUNK = 1 << CHUNK_BITS;

        private long[][] ids = new long[16][];
        private int[][] since = new int[16][];
        private int[][] until = new int[16][];
        private byte[][] flags = new byte[16][];
        private int count;
        private long[][] cardKeys = new long[16][];
        private int[][] cardOwners = new int[16][];
        private int cardCount;
        private long[] historyIds = new long[16];
        private int[] historyOffsets = new int[17];
        private int[] spells = new int[48];
        private int historyCount;
        private int spellInts;

        private Builder() {
        }

        /**
         * Adds a member.
         *
         * @param member the member, not null
         * @return this builder
         * @throws IllegalStateException if the builder already holds {@code Integer.MAX_VALUE - 8}
         *     members
         */
        public Builder add(Member member) {
            Objects.requireNonNull(member, "member");
            if (count == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("too many members for one index");
            }
            int chunk = count >>> CHUNK_BITS;
            int slot = count & (CHUNK - 1);
            if (slot == 0) {
                if (chunk == ids.length) {
                    ids = Arrays.copyOf(ids, chunk * 2);
                    since = Arrays.copyOf(since, chunk * 2);
                    until = Arrays.copyOf(until, chunk * 2);
                    flags = Arrays.copyOf(flags, chunk * 2);
                }
                ids[chunk] = new long[CHUNK];
                since[chunk] = new int[CHUNK];
                until[chunk] = new int[CHUNK];
                flags[chunk] = new byte[CHUNK];
            }
            long key = MemberKeys.ofId(member.id().value());
            ids[chunk][slot] = key;
            LocalDate start = member.interruptions().isEmpty() ? member.admissionDate()
                    : member.interruptions().get(member.interruptions().size() - 1).readmission();
            since[chunk][slot] = (int) start.toEpochDay();
            until[chunk][slot] = member.exit().map(e -> (int) e.date().toEpochDay()).orElse(OPEN);
            int reason = member.exit().map(e -> e.reason().ordinal() + 1).orElse(0);
            flags[chunk][slot] = (byte) (reason | (member.interruptions().isEmpty() ? 0 : HISTORY));
            if (!member.interruptions().isEmpty()) {
                addSpells(key, member);
            }
            if (member.card().isPresent()) {
                addCard(member.card().get(), count);
            }
            for (CardNumber former : member.formerCards()) {
                addCard(former, ~count);
            }
            count++;
            return this;
        }

        /** Adds a card with its owner's ordinal, complemented for a former card. */
        private void addCard(CardNumber card, int owner) {
            int cardChunk = cardCount >>> CHUNK_BITS;
            int cardSlot = cardCount & (CHUNK - 1);
            if (cardSlot == 0) {
                if (cardChunk == cardKeys.length) {
                    cardKeys = Arrays.copyOf(cardKeys, cardChunk * 2);
                    cardOwners = Arrays.copyOf(cardOwners, cardChunk * 2);
                }
                cardKeys[cardChunk] = new long[CHUNK];
                cardOwners[cardChunk] = new int[CHUNK];
            }
            cardKeys[cardChunk][cardSlot] = MemberKeys.ofCard(card.value());
            cardOwners[cardChunk][cardSlot] = owner;
            cardCount++;
        }

        private void addSpells(long key, Member member) {
            if (historyCount + 1 == historyIds.length) {
                historyIds = Arrays.copyOf(historyIds, historyIds.length * 2);
                historyOffsets = Arrays.copyOf(historyOffsets, historyIds.length + 1);
            }
            historyIds[historyCount] = key;
            historyOffsets[historyCount] = spellInts;
            LocalDate start = member.admissionDate();
            for (MembershipInterruption interruption : member.interruptions()) {
                spell(start, Optional.of(interruption.exit()));
                start = interruption.readmission();
            }
            spell(start, member.exit());
            historyCount++;
        }

        private void spell(LocalDate start, Optional<MembershipExit> exit) {
            if (spellInts + 3 > spells.length) {
                spells = Arrays.copyOf(spells, spells.length * 2);
            }
            spells[spellInts++] = (int) start.toEpochDay();
            spells[spellInts++] = exit.map(e -> (int) e.date().toEpochDay()).orElse(OPEN);
            spells[spellInts++] = exit.map(e -> e.reason().ordinal() + 1).orElse(0);
        }

        /**
         * Builds the index: the chunks become flat arrays, sorted in place (with 8 bytes per member of
         * working memory to renumber the card owners). The builder is empty afterwards.
         *
         * @return the index
         * @throws EligibilityIndexException ({@code DUPLICATE_MEMBER_ID}, {@code DUPLICATE_CARD}) if two
         *     members share an id or a card number
         */
        public EligibilityIndex build() {
            int n = count;
            long[] flatIds = flatLongs(ids, n);
            ids = null;
            int[] flatSince = flatInts(since, n);
            since = null;
            int[] flatUntil = flatInts(until, n);
            until = null;
            byte[] flatFlags = new byte[n];
            for (int c = 0; c * CHUNK < n; c++) {
                System.arraycopy(flags[c], 0, flatFlags, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
                flags[c] = null;
            }
            flags = null;
            int c = cardCount;
            long[] flatCards = flatLongs(cardKeys, c);
            cardKeys = null;
            int[] owners = flatInts(cardOwners, c);
            cardOwners = null;
            int[] position = sortMembers(flatIds, flatSince, flatUntil, flatFlags, n);
            sort(flatCards, c, (a, b) -> swap(owners, a, b));
            for (int i = 0; i < c; i++) {
                if (i > 0 && flatCards[i] == flatCards[i - 1]) {
                    int a = owners[i - 1] < 0 ? ~owners[i - 1] : owners[i - 1];
                    int b = owners[i] < 0 ? ~owners[i] : owners[i];
                    throw new EligibilityIndexException(ErrorType.DUPLICATE_CARD, "members " + (Math.min(a, b) + 1)
                            + " and " + (Math.max(a, b) + 1) + " (in the order added) share a card number");
                }
            }
            for (int i = 0; i < c; i++) {
                owners[i] = owners[i] >= 0 ? position[owners[i]] : ~position[~owners[i]];
            }
            position = null;
            historyOffsets[historyCount] = spellInts;
            long[] historyKeys = Arrays.copyOf(historyIds, historyCount);
            int[] historyAdded = new int[historyCount];
            for (int i = 0; i < historyCount; i++) {
                historyAdded[i] = i;
            }
            sort(historyKeys, historyCount, (a, b) -> swap(historyAdded, a, b));
            int[] offsets = new int[historyCount + 1];
            int[] sortedSpells = new int[spellInts];
            int at = 0;
            for (int i = 0; i < historyCount; i++) {
                int from = historyOffsets[historyAdded[i]];
                int to = historyOffsets[historyAdded[i] + 1];
                offsets[i] = at;
                System.arraycopy(spells, from, sortedSpells, at, to - from);
                at += to - from;
            }
            offsets[historyCount] = at;
            count = 0;
            cardCount = 0;
            return new EligibilityIndex(flatIds, flatSince, flatUntil, flatFlags, historyKeys, offsets, sortedSpells,
                    flatCards, owners);
        }

        /**
         * Sorts the members by key and returns the position in the index of each member, by the order
         * added.
         */
        private static int[] sortMembers(long[] flatIds, int[] flatSince, int[] flatUntil, byte[] flatFlags, int n) {
            int[] added = new int[n];
            for (int i = 0; i < n; i++) {
                added[i] = i;
            }
            sort(flatIds, n, (a, b) -> {
                swap(flatSince, a, b);
                swap(flatUntil, a, b);
                swap(added, a, b);
                byte f = flatFlags[a];
                flatFlags[a] = flatFlags[b];
                flatFlags[b] = f;
            });
            for (int i = 1; i < n; i++) {
                if (flatIds[i] == flatIds[i - 1]) {
                    throw new EligibilityIndexException(ErrorType.DUPLICATE_MEMBER_ID, "members "
                            + (Math.min(added[i - 1], added[i]) + 1) + " and " + (Math.max(added[i - 1], added[i]) + 1)
                            + " (in the order added) share an id");
                }
            }
            // the inverse, written over the order added: cycle by cycle, marking the visited by ~
            for (int start = 0; start < n; start++) {
                if (added[start] < 0) {
                    continue;
                }
                int i = start;
                int value = i;
                int next = added[i];
                while (true) {
                    int target = next;
                    int after = added[target];
                    added[target] = ~value;
                    if (target == start) {
                        break;
                    }
                    value = target;
                    next = after;
                }
            }
            for (int i = 0; i < n; i++) {
                added[i] = ~added[i];
            }
            return added;
        }

        private static long[] flatLongs(long[][] chunks, int n) {
            long[] flat = new long[n];
            for (int c = 0; c * CHUNK < n; c++) {
                System.arraycopy(chunks[c], 0, flat, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
                chunks[c] = null;
            }
            return flat;
        }

        private static int[] flatInts(int[][] chunks, int n) {
            int[] flat = new int[n];
            for (int c = 0; c * CHUNK < n; c++) {
                System.arraycopy(chunks[c], 0, flat, c * CHUNK, Math.min(CHUNK, n - c * CHUNK));
                chunks[c] = null;
            }
            return flat;
        }

        private static void swap(int[] values, int a, int b) {
            int v = values[a];
            values[a] = values[b];
            values[b] = v;
        }

        /** Swaps the payloads of two positions while the keys are sorted. */
        @FunctionalInterface
        interface Swapper {
            void swap(int a, int b);
        }

        /**
         * Sorts {@code keys[0, n)} in place, calling {@code payload} for every swap: a quicksort with
         * pivots drawn from a fixed-seed generator (expected n log n whatever the input order), and
         * insertion sort for short ranges.
         */
        static void sort(long[] keys, int n, Swapper payload) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(0x5EED);
            int[] stack = new int[128];
            int top = 0;
            stack[top++] = 0;
            stack[top++] = n - 1;
            while (top > 0) {
                int hi = stack[--top];
                int lo = stack[--top];
                while (hi - lo > 16) {
                    int p = lo + random.nextInt(hi - lo + 1);
                    long pivot = keys[p];
                    int i = lo;
                    int j = hi;
                    while (i <= j) {
                        while (keys[i] < pivot) {
                            i++;
                        }
                        while (keys[j] > pivot) {
                            j--;
                        }
                        if (i <= j) {
                            exchange(keys, i, j, payload);
                            i++;
                            j--;
                        }
                    }
                    // the larger side goes on the stack, the smaller is sorted next: the stack stays small
                    if (j - lo < hi - i) {
                        stack[top++] = i;
                        stack[top++] = hi;
                        hi = j;
                    } else {
                        stack[top++] = lo;
                        stack[top++] = j;
                        lo = i;
                    }
                }
                for (int k = lo + 1; k <= hi; k++) {
                    for (int m = k; m > lo && keys[m - 1] > keys[m]; m--) {
                        exchange(keys, m - 1, m, payload);
                    }
                }
            }
        }

        private static void exchange(long[] keys, int a, int b, Swapper payload) {
            if (a != b) {
                long key = keys[a];
                keys[a] = keys[b];
                keys[b] = key;
                payload.swap(a, b);
            }
        }
    }
}
