package io.github.unionkit.rules.charter;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.rules.charter.CharterProfileException.ErrorType;
import io.github.unionkit.rules.charter.KeyValueParser.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The numbers a union's charter sets, as versioned data rather than code: term length, minimum
 * members of a primary organization, how often each body must meet, quorum and majority per body,
 * representation norms, and a few policy values the rules use.
 *
 * <p>A profile is read from a strict UTF-8 {@code key=value} text ({@link #parse(CharSequence)},
 * {@link #load(InputStream)}); unknown keys, duplicate keys, missing required keys and bad values fail
 * with a {@link CharterProfileException} naming the line and the key. The education union's profile is
 * built in ({@link #educationUnion()}); its text is the resource
 * {@code io/github/unionkit/rules/charter/education-union.profile} and documents every key.
 *
 * <p>Keys: {@code profile.id}, {@code profile.version}, {@code profile.name.ru}, {@code profile.name.en},
 * {@code term.length} (ISO period), {@code primary.minimumMembers} — required; optional
 * {@code deadline.until.minimumDays} (default 0 = no warning), {@code programme.years}
 * ({@code 2020..2025}), {@code students.organizationKinds} (comma-separated organization kinds),
 * {@code body.KIND.meetingInterval} (ISO period), {@code body.KIND.quorum} ({@code >1/2},
 * {@code >=2/3}), {@code body.KIND.majority} (a {@link Majority} id),
 * {@code representation.KIND.membersPerDelegate} and {@code representation.KIND.remainder}
 * ({@code any}, {@code half-or-more}, {@code none}); {@code KIND} is a body kind in lower case, e.g.
 * {@code presidium}, {@code central_council}.
 *
 * <p>Instances are immutable and compared by value; {@link #toString()} prints the canonical profile
 * text, which {@link #parse(CharSequence)} reads back.
 */
public final class CharterProfile {

    private static final String BUILT_IN = "education-union.profile";
    private static final int MAX_BYTES = KeyValueParser.MAX_CHARS * 4;
    private static final Set<String> TOP_KEYS = Set.of("profile.id", "profile.version", "profile.name.ru",
            "profile.name.en", "term.length", "primary.minimumMembers", "deadline.until.minimumDays",
            "programme.years", "students.organizationKinds");
    private static final Set<String> BODY_KEYS = Set.of("meetingInterval", "quorum", "majority");
    private static final Set<String> NORM_KEYS = Set.of("membersPerDelegate", "remainder");

    private static volatile CharterProfile educationUnion;

    private final String id;
    private final String version;
    private final String nameRu;
    private final String nameEn;
    private final Period termLength;
    private final int primaryMinimumMembers;
    private final int untilMinimumDays;
    private final Optional<LocalDateRange> programme;
    private final Set<OrganizationKind> studentOrganizationKinds;
    private final Map<BodyKind, BodyCharter> bodies;
    private final Map<BodyKind, RepresentationNorm> representation;

    private CharterProfile(Map<String, Entry> e) {
        this.id = text(e, "profile.id", true).orElseThrow();
        checkId(id, e.get("profile.id").line());
        this.version = text(e, "profile.version", true).orElseThrow();
        this.nameRu = text(e, "profile.name.ru", true).orElseThrow();
        this.nameEn = text(e, "profile.name.en", true).orElseThrow();
        this.termLength = period(e, "term.length", true).orElseThrow();
        this.primaryMinimumMembers = integer(e, "primary.minimumMembers", true, 1, 1_000_000).orElseThrow();
        this.untilMinimumDays = integer(e, "deadline.until.minimumDays", false, 0, 366).orElse(0);
        this.programme = years(e, "programme.years");
        this.studentOrganizationKinds = kinds(e, "students.organizationKinds");
        Map<BodyKind, BodyCharter> bodyMap = new EnumMap<>(BodyKind.class);
        Map<BodyKind, RepresentationNorm> normMap = new EnumMap<>(BodyKind.class);
        for (Map.Entry<String, Entry> entry : e.entrySet()) {
            checkKnown(entry.getKey(), entry.getValue().line());
        }
        for (BodyKind kind : BodyKind.values()) {
            String prefix = "body." + kind.name().toLowerCase(Locale.ROOT) + ".";
            Optional<Period> interval = period(e, prefix + "meetingInterval", false);
            Optional<Quorum> quorum = parsed(e, prefix + "quorum", Quorum::parse);
            Optional<Majority> majority = parsed(e, prefix + "majority", Majority::parse);
            if (interval.isPresent() || quorum.isPresent() || majority.isPresent()) {
                bodyMap.put(kind, new BodyCharter(kind, interval, quorum, majority));
            }
            String normPrefix = "representation." + kind.name().toLowerCase(Locale.ROOT) + ".";
            Optional<Integer> per = integer(e, normPrefix + "membersPerDelegate", false, 1, 100_000_000);
            Optional<RepresentationNorm.RemainderPolicy> policy = parsed(e, normPrefix + "remainder",
                    s -> RepresentationNorm.RemainderPolicy.valueOf(s.replace('-', '_').toUpperCase(Locale.ROOT)));
            if (per.isPresent() != policy.isPresent()) {
                String missing = per.isPresent() ? normPrefix + "remainder" : normPrefix + "membersPerDelegate";
                throw new CharterProfileException(ErrorType.MISSING_KEY, 0, missing,
                        "a representation norm needs both membersPerDelegate and remainder");
            }
            per.ifPresent(p -> normMap.put(kind, RepresentationNorm.of(p, policy.orElseThrow())));
        }
        this.bodies = Collections.unmodifiableMap(bodyMap);
        this.representation = Collections.unmodifiableMap(normMap);
    }

    /**
     * Returns the built-in profile of the All-Russian Education and Science Workers' Union: 5-year
     * terms, at least 3 members in a primary organization, presidium at least every three months,
     * committee at least yearly, conference at least every five years, quorum and majority per body,
     * congress delegates at one per 15,000 members plus one for a remainder.
     *
     * @return the profile
     */
    public static CharterProfile educationUnion() {
        CharterProfile p = educationUnion;
        if (p == null) {
            try (InputStream in = CharterProfile.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("built-in charter profile resource missing: " + BUILT_IN);
                }
                p = load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the built-in charter profile", e);
            }
            educationUnion = p;
        }
        return p;
    }

    /**
     * Reads a profile from its text.
     *
     * @param text the profile text, not null, at most 65,536 characters
     * @return the profile
     * @throws CharterProfileException if the text is malformed, has unknown or duplicate keys, lacks a
     *     required key or has a bad value
     */
    public static CharterProfile parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new CharterProfile(KeyValueParser.parse(text));
    }

    /**
     * Reads a profile from a UTF-8 stream; the stream is read to its end but not closed.
     *
     * @param in the stream, not null
     * @return the profile
     * @throws CharterProfileException if the stream cannot be read, is not UTF-8, is too large, or the
     *     profile is invalid
     */
    public static CharterProfile load(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CharterProfileException(ErrorType.IO, 0, "", e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_BYTES) {
            throw new CharterProfileException(ErrorType.TOO_LARGE, 0, "", "more than " + MAX_BYTES + " bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new CharterProfileException(ErrorType.IO, 0, "", "not valid UTF-8");
        }
    }

    /**
     * Returns the profile identifier, e.g. {@code education-union}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the profile version, e.g. {@code 2020.1} (the charter edition it transcribes).
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the union's name in a language.
     *
     * @param locale Russian for language {@code ru}, English otherwise; not null
     * @return the name
     */
    public String name(Locale locale) {
        return "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? nameRu : nameEn;
    }

    /**
     * Returns the length of a body's term ("срок полномочий").
     *
     * @return the period, e.g. {@code P5Y}
     */
    public Period termLength() {
        return termLength;
    }

    /**
     * Returns the minimum number of members of a primary organization.
     *
     * @return the minimum, at least 1
     */
    public int primaryMinimumMembers() {
        return primaryMinimumMembers;
    }

    /**
     * Returns the shortest time, in days from adoption, that a "до X" deadline should leave before a
     * warning is raised; 0 disables the warning.
     *
     * @return the days, 0..366
     */
    public int untilMinimumDays() {
        return untilMinimumDays;
    }

    /**
     * Returns the programme period the union's priorities cover (2020–2025 after the VIII Congress).
     *
     * @return the closed date range, or empty if the profile sets none
     */
    public Optional<LocalDateRange> programme() {
        return programme;
    }

    /**
     * Returns the organization kinds whose primary organizations may have student members.
     *
     * @return an unmodifiable ordered set; empty if the profile defers to
     *     {@link OrganizationKind#admitsStudents()}
     */
    public Set<OrganizationKind> studentOrganizationKinds() {
        return studentOrganizationKinds;
    }

    /**
     * Returns what the charter says about one kind of body.
     *
     * @param kind the body kind, not null
     * @return the entry, or empty if the profile is silent about the kind
     */
    public Optional<BodyCharter> body(BodyKind kind) {
        return Optional.ofNullable(bodies.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Returns every body entry.
     *
     * @return an unmodifiable map in {@link BodyKind} order
     */
    public Map<BodyKind, BodyCharter> bodies() {
        return bodies;
    }

    /**
     * Returns the representation norm for electing delegates to a body.
     *
     * @param kind the body the delegates go to, e.g. {@link BodyKind#CONGRESS}; not null
     * @return the norm, or empty if the profile sets none
     */
    public Optional<RepresentationNorm> representationNorm(BodyKind kind) {
        return Optional.ofNullable(representation.get(Objects.requireNonNull(kind, "kind")));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharterProfile && ((CharterProfile) o).toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * Returns the canonical profile text, keys sorted, which {@link #parse(CharSequence)} reads back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        Map<String, String> out = new TreeMap<>();
        out.put("profile.id", id);
        out.put("profile.version", version);
        out.put("profile.name.ru", nameRu);
        out.put("profile.name.en", nameEn);
        out.put("term.length", termLength.toString());
        out.put("primary.minimumMembers", Integer.toString(primaryMinimumMembers));
        out.put("deadline.until.minimumDays", Integer.toString(untilMinimumDays));
        programme.ifPresent(r -> out.put("programme.years",
                r.getStart().getYear() + ".." + r.getEndInclusive().getYear()));
        if (!studentOrganizationKinds.isEmpty()) {
            out.put("students.organizationKinds", studentOrganizationKinds.stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        bodies.forEach((kind, b) -> {
            String prefix = "body." + kind.name().toLowerCase(Locale.ROOT) + ".";
            b.meetingInterval().ifPresent(p -> out.put(prefix + "meetingInterval", p.toString()));
            b.quorum().ifPresent(q -> out.put(prefix + "quorum", q.toString()));
            b.majority().ifPresent(m -> out.put(prefix + "majority", m.id()));
        });
        representation.forEach((kind, n) -> {
            String prefix = "representation." + kind.name().toLowerCase(Locale.ROOT) + ".";
            out.put(prefix + "membersPerDelegate", Integer.toString(n.membersPerDelegate()));
            out.put(prefix + "remainder", n.remainder().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        });
        StringBuilder sb = new StringBuilder();
        out.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    // ---- strict value readers; each failure names the line and the key ----

    private static void checkKnown(String key, int line) {
        if (TOP_KEYS.contains(key)) {
            return;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length == 3 && ("body".equals(parts[0]) || "representation".equals(parts[0]))) {
            Set<String> allowed = "body".equals(parts[0]) ? BODY_KEYS : NORM_KEYS;
            if (bodyKind(parts[1]).isPresent() && allowed.contains(parts[2])) {
                return;
            }
        }
        throw new CharterProfileException(ErrorType.UNKNOWN_KEY, line, key, "not a charter profile key");
    }

    private static Optional<BodyKind> bodyKind(String lower) {
        for (BodyKind k : BodyKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Map<String, Entry> e, String key, boolean required) {
        Entry entry = e.get(key);
        if (entry == null) {
            if (required) {
                throw new CharterProfileException(ErrorType.MISSING_KEY, 0, key, "required");
            }
            return Optional.empty();
        }
        if (entry.value().isEmpty() || entry.value().length() > 200) {
            throw new CharterProfileException(ErrorType.BAD_VALUE, entry.line(), key, "needs 1-200 characters");
        }
        return Optional.of(entry.value());
    }

    private static void checkId(String id, int line) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, line, "profile.id",
                        "use lower-case letters, digits, '-' and '.'");
            }
        }
    }

    private static Optional<Period> period(Map<String, Entry> e, String key, boolean required) {
        return text(e, key, required).map(v -> {
            try {
                Period p = Period.parse(v);
                if (p.isNegative() || p.isZero()) {
                    throw new CharterProfileException(ErrorType.BAD_VALUE, e.get(key).line(), key,
                            "period must be positive");
                }
                return p;
            } catch (DateTimeParseException ex) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, e.get(key).line(), key,
                        "expected an ISO-8601 period such as P3M or P5Y");
            }
        });
    }

    private static Optional<Integer> integer(Map<String, Entry> e, String key, boolean required, int min, int max) {
        return text(e, key, required).map(v -> {
            int line = e.get(key).line();
            if (v.length() > 10) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, line, key, "number too long");
            }
            long n = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    throw new CharterProfileException(ErrorType.BAD_VALUE, line, key, "expected a whole number");
                }
                n = n * 10 + (c - '0');
            }
            if (n < min || n > max) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, line, key,
                        "must be between " + min + " and " + max);
            }
            return (int) n;
        });
    }

    private static <T> Optional<T> parsed(Map<String, Entry> e, String key,
            java.util.function.Function<String, T> reader) {
        return text(e, key, false).map(v -> {
            try {
                return reader.apply(v);
            } catch (IllegalArgumentException ex) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, e.get(key).line(), key, ex.getMessage());
            }
        });
    }

    private static Optional<LocalDateRange> years(Map<String, Entry> e, String key) {
        return text(e, key, false).map(v -> {
            int line = e.get(key).line();
            int dots = v.indexOf("..");
            try {
                if (dots != 4 || v.length() != 10) {
                    throw new NumberFormatException();
                }
                int first = Integer.parseInt(v.substring(0, 4));
                int last = Integer.parseInt(v.substring(6));
                if (last < first) {
                    throw new NumberFormatException();
                }
                return LocalDateRange.ofClosed(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
            } catch (NumberFormatException | DateTimeException ex) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, line, key, "expected YYYY..YYYY");
            }
        });
    }

    private static Set<OrganizationKind> kinds(Map<String, Entry> e, String key) {
        Optional<String> value = text(e, key, false);
        if (value.isEmpty()) {
            return Set.of();
        }
        Set<OrganizationKind> kinds = new LinkedHashSet<>();
        for (String part : value.get().split(",", -1)) {
            String k = part.strip();
            OrganizationKind kind = null;
            for (OrganizationKind candidate : OrganizationKind.values()) {
                if (candidate.name().equals(k)) {
                    kind = candidate;
                }
            }
            if (kind == null || !kind.appliesTo(OrganizationLevel.PRIMARY)) {
                throw new CharterProfileException(ErrorType.BAD_VALUE, e.get(key).line(), key,
                        "expected comma-separated primary organization kinds such as VOCATIONAL");
            }
            kinds.add(kind);
        }
        return Collections.unmodifiableSet(kinds);
    }
}
