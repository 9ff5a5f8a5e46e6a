package io.github.unionkit.model.org;

import io.github.unionkit.model.org.internal.NameForms;
import io.github.unionkit.model.org.internal.NameKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one matcher of organization names as decrees write them against the names organizations bear:
 * used by the decree parser, the rules and the command line.
 *
 * <p>Two names are {@linkplain #sameName(CharSequence, CharSequence) the same name} when they have the
 * same words up to their singular case endings (nominative, genitive, dative, accusative,
 * instrumental, prepositional: «Ахтубинская районная организация» and «Ахтубинской районной
 * организации»), ignoring case, {@code ё}/{@code е}, quotes of any style («», "", „“), hyphens and runs
 * of whitespace, with the abbreviations ТОП/ТПО (территориальная организация), ППО (первичная
 * профсоюзная организация), РО (региональная организация) and МО (местная организация) read as their
 * words and the tail «Профсоюза» («Профсоюза образования») optional. Abbreviations in capitals (МБОУ,
 * СОШ) and numbers are compared whole. Names that differ in any one word never match: «Ахтубинская»
 * is not «Астраханская», «Кировская районная» is not «Кировская городская», «СОШ № 5» is not «СОШ № 6».
 * The endings are a hand-written list, chosen over Lucene's Russian stemmers by measurement (decision
 * 0042); gender is not told apart («Кировская»/«Кировский»).
 *
 * <p>An instance indexes the names (full and short, of every date) of a set of organizations and
 * {@linkplain #lookUp(CharSequence, LocalDate) looks a written name up} as of a document's date. The
 * result is typed: which organization, which of its names, how it matched, and whether two
 * organizations tie (then nothing is resolved). Building is linear in the number of names; a look-up
 * is linear in the written name. Instances are immutable and thread-safe.
 */
public final class OrganizationNames {

    /** One indexed form: an organization's full or short name. */
    private record Form(Organization organization, OrganizationName name, String text) {
    }

    private final Map<String, List<Form>> byKey;

    private OrganizationNames(Map<String, List<Form>> byKey) {
        this.byKey = byKey;
    }

    /**
     * Indexes the names of the organizations of a tree.
     *
     * @param tree the tree, not null
     * @return the matcher
     */
    public static OrganizationNames of(OrganizationTree tree) {
        return of(Objects.requireNonNull(tree, "tree").depthFirst());
    }

    /**
     * Indexes the names of organizations; candidates of a look-up keep this order between equal ranks.
     *
     * @param organizations the organizations, not null, no nulls
     * @return the matcher
     * @throws NullPointerException if the collection or an element is null
     */
    public static OrganizationNames of(Collection<Organization> organizations) {
        Map<String, List<Form>> byKey = new HashMap<>();
        for (Organization organization : organizations) {
            for (OrganizationName name : organization.names()) {
                add(byKey, new Form(organization, name, name.fullName()));
                name.shortName().ifPresent(s -> add(byKey, new Form(organization, name, s)));
            }
        }
        return new OrganizationNames(byKey);
    }

    private static void add(Map<String, List<Form>> byKey, Form form) {
        String key = NameForms.key(form.text());
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(form);
        }
    }

    /**
     * Tells whether two names are forms of one name (see the class comment). The relation is
     * reflexive for names with a word, symmetric and transitive.
     *
     * @param a a name as written, not null
     * @param b another, not null
     * @return true if both have a word and their words are the same up to case endings
     */
    public static boolean sameName(CharSequence a, CharSequence b) {
        String key = NameForms.key(Objects.requireNonNull(a, "a"));
        return !key.isEmpty() && key.equals(NameForms.key(Objects.requireNonNull(b, "b")));
    }

    /**
     * Tells whether every word of {@code part} is a word of {@code name} in some case form, in any
     * order: «областной организации» is part of «Астраханская областная организация Профсоюза».
     *
     * @param part the words as written, not null
     * @param name the name, not null
     * @return true if {@code part} has a word and each of its words is one of {@code name}'s
     */
    public static boolean isPartOf(CharSequence part, CharSequence name) {
        List<String> words = NameForms.stems(Objects.requireNonNull(part, "part"));
        return !words.isEmpty() && NameForms.stems(Objects.requireNonNull(name, "name")).containsAll(words);
    }

    /**
     * Looks a name up as written in a document of {@code date}.
     *
     * @param asWritten the name as written, in any case form, not null
     * @param date the document's date, deciding which names are in effect, not null
     * @return the candidates, one per organization, strongest first; empty if none matched
     */
    public OrganizationNameLookup lookUp(CharSequence asWritten, LocalDate date) {
        return lookUp(asWritten, Optional.of(Objects.requireNonNull(date, "date")));
    }

    /**
     * Looks a name up as written in a document whose date is not known: names of every time count
     * alike, none {@linkplain OrganizationNameMatch#inEffect() in effect}, so an organization's old name
     * and another's current one tie.
     *
     * @param asWritten the name as written, in any case form, not null
     * @return the candidates, one per organization, strongest first; empty if none matched
     */
    public OrganizationNameLookup lookUpUndated(CharSequence asWritten) {
        return lookUp(asWritten, Optional.empty());
    }

    private OrganizationNameLookup lookUp(CharSequence asWritten, Optional<LocalDate> date) {
        Objects.requireNonNull(asWritten, "asWritten");
        List<Form> forms = byKey.get(NameForms.key(asWritten));
        if (forms == null) {
            return OrganizationNameLookup.none();
        }
        String exact = NameKeys.key(asWritten);
        Map<OrganizationId, OrganizationNameMatch> best = new LinkedHashMap<>();
        for (Form form : forms) {
            boolean inEffect = date.flatMap(form.organization()::nameAsOf).map(form.name()::equals).orElse(false);
            OrganizationNameMatch match = new OrganizationNameMatch(form.organization(), form.name(), form.text(),
                    NameKeys.key(form.text()).equals(exact) ? NameMatchKind.EXACT : NameMatchKind.WORD_FORMS,
                    inEffect);
            best.merge(form.organization().id(), match, (a, b) -> b.isStrongerThan(a) ? b : a);
        }
        return OrganizationNameLookup.of(new ArrayList<>(best.values()));
    }
}
