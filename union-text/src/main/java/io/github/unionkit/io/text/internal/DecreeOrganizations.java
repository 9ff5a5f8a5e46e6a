package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns organization names written in a decree into {@link OrganizationRef}s, with an id where the
 * context fixes it.
 *
 * <p>A name is the issuer's own organization when every word of it is a word of the issuer's own name
 * in some case form ("Астраханской областной организации Профсоюза" for "АСТРАХАНСКАЯ ОБЛАСТНАЯ
 * ОРГАНИЗАЦИЯ ПРОФСОЮЗА") and one of them is "организация": then it gets the issuer's id, if known.
 * "организации" alone, as in "председателя организации", is the own organization too. Otherwise, with
 * an organization tree, a name gets the id of the one organization whose name has the same words up to
 * their endings; without one, or if several match, the reference stays unresolved.
 */
public final class DecreeOrganizations {

    private static final int STEM = 5;

    private final List<String> ownWords;
    private final String ownName;
    private final Optional<OrganizationId> ownId;
    private final Map<String, Set<OrganizationId>> byKey;

    /**
     * Creates the resolver.
     *
     * @param ownName the issuer's own organization as the header names it ("АСТРАХАНСКАЯ ОБЛАСТНАЯ
     *     ОРГАНИЗАЦИЯ ПРОФСОЮЗА"), whitespace-normalised, not blank
     * @param ownWords the folded words of the issuer's own name in every form the header gives
     * @param ownId the issuer's id, if known
     * @param tree a tree to resolve other names against, if any
     */
    public DecreeOrganizations(String ownName, List<String> ownWords, Optional<OrganizationId> ownId,
            Optional<OrganizationTree> tree) {
        this(ownName, ownWords, ownId, tree.map(DecreeOrganizations::index).orElse(Map.of()));
    }

    private DecreeOrganizations(String ownName, List<String> ownWords, Optional<OrganizationId> ownId,
            Map<String, Set<OrganizationId>> byKey) {
        this.ownName = ownName;
        this.ownWords = List.copyOf(ownWords);
        this.ownId = ownId;
        this.byKey = byKey;
    }

    /**
     * Returns this resolver with the issuer's id settled (from a note or a tree look-up).
     *
     * @param id the issuer's id, if known
     * @return the resolver, sharing the tree's index
     */
    public DecreeOrganizations withOwnId(Optional<OrganizationId> id) {
        return new DecreeOrganizations(ownName, ownWords, id, byKey);
    }

    private static Map<String, Set<OrganizationId>> index(OrganizationTree tree) {
        Map<String, Set<OrganizationId>> out = new HashMap<>();
        for (Organization organization : tree.depthFirst()) {
            for (OrganizationName name : organization.names()) {
                add(out, key(name.fullName()), organization.id());
                name.shortName().ifPresent(s -> add(out, key(s), organization.id()));
            }
        }
        return out;
    }

    private static void add(Map<String, Set<OrganizationId>> map, String key, OrganizationId id) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The words of a name, folded and cut to {@value #STEM} letters: case endings do not matter. */
    static String key(CharSequence name) {
        Tokens t = Tokens.of(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i) && !t.isNumber(i)) {
                continue;
            }
            String word = t.folded(i);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word, 0, Math.min(STEM, word.length()));
        }
        return out.toString();
    }

    /**
     * Finds the one organization of the tree with this name.
     *
     * @param name a name in any case form
     * @return the id, or empty if there is no tree, no match or several
     */
    public Optional<OrganizationId> lookUp(CharSequence name) {
        Set<OrganizationId> ids = byKey.get(key(name));
        return ids != null && ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /**
     * Returns a reference to the organization written in tokens {@code from} to {@code to}.
     *
     * @param tokens the tokens
     * @param from the first token of the name
     * @param to the index after the name, greater than {@code from}
     * @return the reference, as written (whitespace-normalised), with an id where the context fixes it
     */
    public OrganizationRef ref(Tokens tokens, int from, int to) {
        String asWritten = TextNormalizer.normalize(tokens.text().subSequence(tokens.start(from), tokens.end(to - 1)));
        if (isOwn(tokens, from, to)) {
            return ownId.map(id -> OrganizationRef.of(asWritten, id)).orElseGet(() -> OrganizationRef.of(asWritten));
        }
        return lookUp(asWritten).map(id -> OrganizationRef.of(asWritten, id))
                .orElseGet(() -> OrganizationRef.of(asWritten));
    }

    /**
     * Returns a reference to a name written as plain text (a size band's list), resolved only against
     * the tree.
     *
     * @param asWritten the name, whitespace-normalised, not blank
     * @return the reference
     */
    public OrganizationRef listed(String asWritten) {
        return lookUp(asWritten).map(id -> OrganizationRef.of(asWritten, id))
                .orElseGet(() -> OrganizationRef.of(asWritten));
    }

    /**
     * Returns a reference to the issuer's own organization, as the header names it: for an office or
     * body written without an organization ("председателя", "президиум").
     *
     * @return the reference
     */
    public OrganizationRef own() {
        return own(ownName);
    }

    /**
     * Returns a reference to the issuer's own organization; when the document names that organization
     * nowhere, the reference keeps the words written where it is meant ("председателю") rather than a
     * made-up name.
     *
     * @param writtenHere the words of the text that refer to it, not blank
     * @return the reference
     */
    public OrganizationRef own(String writtenHere) {
        String name = ownName.isBlank() ? writtenHere : ownName;
        return ownId.map(id -> OrganizationRef.of(name, id)).orElseGet(() -> OrganizationRef.of(name));
    }

    private boolean isOwn(Tokens tokens, int from, int to) {
        boolean organization = false;
        for (int i = from; i < to; i++) {
            if (!tokens.isWord(i)) {
                return false;
            }
            String word = tokens.folded(i);
            if (word.startsWith("организаци")) {
                organization = true;
            } else if (!word.startsWith("профсоюз") && !word.startsWith("образовани") && !isOwnWord(word)) {
                return false;
            }
        }
        return organization;
    }

    private boolean isOwnWord(String word) {
        for (String own : ownWords) {
            if (similar(word, own)) {
                return true;
            }
        }
        return false;
    }

    /** Two forms of one word: they share all but their last three letters at most ("областной"/"областная"). */
    static boolean similar(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 3 && common >= shorter - 3 || a.equals(b);
    }

    /**
     * Returns the folded words of a name, for {@code ownWords}.
     *
     * @param tokens the tokens of the name
     * @param from the first token
     * @param to the index after the last
     * @return the folded words
     */
    public static List<String> words(Tokens tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.isWord(i)) {
                out.add(tokens.folded(i));
            }
        }
        return out;
    }
}
