package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.org.OrganizationLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads who a task or the control is given to, from the words after "Поручить" (dative) or after
 * "возложить на" (accusative):
 * <ul>
 *   <li>a body: "Президиуму Астраханской областной организации Профсоюза" → {@code BodyOf(PRESIDIUM,
 *       …)}; a body without an organization is the issuer's own;</li>
 *   <li>all organizations of a level: "территориальным организациям Профсоюза" →
 *       {@code AllOf(TERRITORIAL)}, "первичным и территориальным организациям" → two;</li>
 *   <li>an officer, with the holder if named: "председателя организации Бугрееву Т.М." →
 *       {@code Officer(CHAIR, организации, "председателя организации", Person(Бугрееву Т.М.))};</li>
 *   <li>a person: "Иванову И.И."; anything else is an organization by name ("Ахтубинской ТОП"), and
 *       two or more of those are a named list.</li>
 * </ul>
 * Several assignees are separated by commas or "и" where the next words start a new assignee.
 */
final class DecreeAssignees {

    private final DecreeOrganizations organizations;

    /**
     * Creates the reader.
     *
     * @param organizations resolves organization names
     */
    public DecreeAssignees(DecreeOrganizations organizations) {
        this.organizations = organizations;
    }

    /**
     * Reads the assignees written in tokens {@code from} to {@code to}.
     *
     * @param t the tokens
     * @param from the first token
     * @param to the index after the last
     * @return the assignees in the order written; empty if none can be read
     */
    public List<Assignee> read(Tokens t, int from, int to) {
        int end = trimEnd(t, from, to);
        List<Assignee> out = new ArrayList<>();
        List<OrganizationRef> named = new ArrayList<>();
        List<OrganizationLevel> pendingLevels = new ArrayList<>();
        Set<OrganizationLevel> levelsAdded = EnumSet.noneOf(OrganizationLevel.class);
        int partStart = from;
        for (int i = from; i <= end; i++) {
            boolean boundary = i == end || (t.isPunct(i, ',') || t.is(i, "и")) && startsAssignee(t, i + 1);
            if (!boundary) {
                continue;
            }
            if (i > partStart) {
                part(t, partStart, i, out, named, pendingLevels, levelsAdded);
            }
            partStart = i + 1;
        }
        flushNamed(out, named);
        for (OrganizationLevel level : pendingLevels) {
            addLevel(out, level, levelsAdded);
        }
        return out;
    }

    /**
     * Reads a single assignee (a control clause's controller).
     *
     * @param t the tokens
     * @param from the first token
     * @param to the index after the last
     * @return the first assignee written, or null if none can be read
     */
    public Assignee readOne(Tokens t, int from, int to) {
        List<Assignee> all = read(t, from, to);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Drops closing punctuation, but not the dot of a final initial ("Т.М."). */
    private static int trimEnd(Tokens t, int from, int to) {
        int end = to;
        while (end > from && t.isPunct(end - 1)) {
            char c = t.punct(end - 1);
            boolean initial = c == '.' && DecreeWords.isInitial(t, end - 2);
            if (initial || c != '.' && c != ',' && c != ':' && c != ';') {
                break;
            }
            end--;
        }
        return end;
    }

    private static boolean startsAssignee(Tokens t, int i) {
        return RussianBodies.read(t, i) >= 0 || DecreeWords.pluralLevel(t, i) != null || DecreeWords.role(t, i) >= 0
                || t.isWord(i) && (DecreeWords.role(t, i + 1) >= 0 || DecreeWords.role(t, i + 2) >= 0)
                || DecreeWords.isInitial(t, i) || DecreeWords.isSurname(t, i) && DecreeWords.isInitial(t, i + 1);
    }

    private void part(Tokens t, int from, int to, List<Assignee> out, List<OrganizationRef> named,
            List<OrganizationLevel> pendingLevels, Set<OrganizationLevel> levelsAdded) {
        long body = RussianBodies.read(t, from);
        if (body >= 0) {
            flushNamed(out, named);
            int rest = Packed.end(body);
            OrganizationRef ref = rest < to ? organizations.ref(t, rest, to) : organizations.own(slice(t, from, rest));
            out.add(Assignee.bodyOf(BodyKind.values()[Packed.value(body)], ref));
            return;
        }
        long role = DecreeWords.role(t, from);
        if (role >= 0) {
            flushNamed(out, named);
            out.add(officer(t, from, to, role));
            return;
        }
        if (hasTerritorialRights(t, from, to)) {
            // "первичным организациям с правами территориальной": some primary organizations, not all.
            named.add(organizations.ref(t, from, to));
            return;
        }
        int levelAt = -1;
        for (int i = from; i < to && levelAt < 0; i++) {
            if (DecreeWords.pluralLevel(t, i) != null) {
                levelAt = i;
            }
        }
        if (levelAt > from && namesBefore(t, from, levelAt)) {
            // "Ленинской и Заводской районным организациям": a named list sharing the level word.
            String tail = slice(t, levelAt, to);
            int groupStart = from;
            for (int i = from; i <= levelAt; i++) {
                if (i == levelAt || t.isPunct(i, ',') || t.is(i, "и")) {
                    if (i > groupStart) {
                        named.add(organizations.listed(slice(t, groupStart, i) + " " + tail));
                    }
                    groupStart = i + 1;
                }
            }
            return;
        }
        List<OrganizationLevel> levels = new ArrayList<>(pendingLevels);
        boolean noun = false;
        for (int i = from; i < to; i++) {
            OrganizationLevel level = DecreeWords.pluralLevel(t, i);
            if (level != null && !levels.contains(level)) {
                levels.add(level);
            }
            noun |= DecreeWords.isOrganizationNoun(t, i);
        }
        if (!levels.isEmpty() && qualifiedAfterNoun(t, from, to)) {
            // "первичным профсоюзным организациям студентов": some organizations of the level, not all.
            pendingLevels.clear();
            named.add(organizations.ref(t, from, to));
            return;
        }
        if (!levels.isEmpty()) {
            pendingLevels.clear();
            if (noun) {
                flushNamed(out, named);
                for (OrganizationLevel level : levels) {
                    addLevel(out, level, levelsAdded);
                }
            } else {
                pendingLevels.addAll(levels);
            }
            return;
        }
        int name = DecreeWords.nameStart(t, from, to);
        if (name == from) {
            flushNamed(out, named);
            Assignee previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous instanceof Assignee.Officer officer && officer.holder().isPresent()) {
                // "заместителей председателя … Семенову Л.А. и Гаврилова Д.П.": both hold the office.
                out.add(Assignee.officer(officer.role(), officer.organization(), officer.asWritten(),
                        Assignee.person(slice(t, from, to))));
                return;
            }
            out.add(Assignee.person(slice(t, from, to)));
            return;
        }
        if (name > from) {
            // "внештатному техническому инспектору … Серову М.А.": an officer named after a qualifier;
            // "уполномоченному по охране труда … Лаврентьевой Г.П.": a person. Never an organization.
            flushNamed(out, named);
            for (int k = from + 1; k < name && k <= from + 3; k++) {
                long qualified = DecreeWords.role(t, k);
                if (qualified >= 0) {
                    out.add(officer(t, k, to, qualified));
                    return;
                }
            }
            out.add(Assignee.person(slice(t, name, to)));
            return;
        }
        named.add(organizations.ref(t, from, to));
    }

    private static final String[] LEVEL_TAIL = {
        "профсоюз", "област", "кра", "республик", "район", "город", "округ", "общероссийск", "образовани", "науки",
        "работник", "народн", "рф", "российск", "федераци", "и", "всех", "уровн"};

    /** Words after the organization noun that narrow the level ("студентов", "вузов"), not its region. */
    private static boolean qualifiedAfterNoun(Tokens t, int from, int to) {
        int noun = -1;
        for (int i = from; i < to && noun < 0; i++) {
            if (DecreeWords.isOrganizationNoun(t, i)) {
                noun = i;
            }
        }
        if (noun < 0) {
            return false;
        }
        for (int i = noun + 1; i < to; i++) {
            if (!t.isWord(i) || Character.isUpperCase(t.text().charAt(t.start(i)))) {
                continue;
            }
            boolean allowed = false;
            for (String prefix : LEVEL_TAIL) {
                allowed |= prefix.length() <= 2 ? t.is(i, prefix) : t.startsWith(i, prefix);
            }
            if (!allowed) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTerritorialRights(Tokens t, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (t.is(i, "правами") && t.startsWith(i + 1, "территориальн")) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words (proper names) before a level word, other than "Профсоюза", "Всем". */
    private static boolean namesBefore(Tokens t, int from, int level) {
        for (int i = from; i < level; i++) {
            if (t.isWord(i) && Character.isUpperCase(t.text().charAt(t.start(i))) && !t.startsWith(i, "профсоюз")
                    && !t.is(i, "всем") && !DecreeWords.isInitial(t, i)) {
                return true;
            }
        }
        return false;
    }

    private Assignee officer(Tokens t, int from, int to, long role) {
        int roleEnd = Math.min(Packed.end(role), to);
        int holder = roleEnd < to ? DecreeWords.nameStart(t, roleEnd, to) : -1;
        int organizationEnd = holder >= 0 ? holder : to;
        OrganizationRef ref = organizationEnd > roleEnd ? organizations.ref(t, roleEnd, organizationEnd)
                : organizations.own(slice(t, from, roleEnd));
        OfficerRole officerRole = OfficerRole.values()[Packed.value(role)];
        String office = slice(t, from, organizationEnd);
        return holder >= 0 ? Assignee.officer(officerRole, ref, office, Assignee.person(slice(t, holder, to)))
                : Assignee.officer(officerRole, ref, office);
    }

    private static void addLevel(List<Assignee> out, OrganizationLevel level, Set<OrganizationLevel> added) {
        if (added.add(level)) {
            out.add(Assignee.allOf(level));
        }
    }

    private static void flushNamed(List<Assignee> out, List<OrganizationRef> named) {
        if (named.size() == 1) {
            out.add(Assignee.organization(named.get(0)));
        } else if (named.size() > 1) {
            out.add(Assignee.organizations(named));
        }
        named.clear();
    }

    private static String slice(Tokens t, int from, int to) {
        return TextNormalizer.normalize(t.text().subSequence(t.start(from), t.end(to - 1)));
    }
}
