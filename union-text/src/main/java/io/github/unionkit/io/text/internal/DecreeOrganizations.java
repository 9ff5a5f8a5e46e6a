package io.github.unionkit.io.text.internal;

import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.TextNormalizer;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationNames;
import io.github.unionkit.model.org.OrganizationTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns organization names written in a decree into {@link OrganizationRef}s, with an id where the
 * context fixes it. Names are compared by {@link OrganizationNames}, the model's one matcher.
 *
 * <p>A name is the issuer's own organization when it names an "организация" and every word of it is a
 * word of the issuer's own name in some case form ("Астраханской областной организации Профсоюза" for
 * "АСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА"): then it gets the issuer's id, if known.
 * "организации" alone, as in "председателя организации", is the own organization too. Otherwise, with
 * an organization tree, a name gets the id of the one organization the matcher resolves it to (as of
 * the decree's date, if known); without a tree, with no match or with an ambiguity, the reference stays
 * unresolved.
 */
public final class DecreeOrganizations {

    private final String ownWords;
    private final String ownName;
    private final Optional<OrganizationId> ownId;
    private final Optional<OrganizationNames> names;
    private final Optional<LocalDate> date;

    /**
     * Creates the resolver.
     *
     * @param ownName the issuer's own organization as the header names it ("АСТРАХАНСКАЯ ОБЛАСТНАЯ
     *     ОРГАНИЗАЦИЯ ПРОФСОЮЗА"), whitespace-normalised, not blank
     * @param ownWords the folded words of the issuer's own name in every form the header gives
     * @param ownId the issuer's id, if known
     * @param tree a tree to resolve other names against, if any
     * @param date the decree's date, deciding which names are in effect, if known
     */
    public DecreeOrganizations(String ownName, List<String> ownWords, Optional<OrganizationId> ownId,
            Optional<OrganizationTree> tree, Optional<LocalDate> date) {
        this(ownName, String.join(" ", ownWords), ownId, tree.map(OrganizationTree::names), date);
    }

    private DecreeOrganizations(String ownName, String ownWords, Optional<OrganizationId> ownId,
            Optional<OrganizationNames> names, Optional<LocalDate> date) {
        this.ownName = ownName;
        this.ownWords = ownWords;
        this.ownId = ownId;
        this.names = names;
        this.date = date;
    }

    /**
     * Returns this resolver with the issuer's id settled (from a note or a tree look-up).
     *
     * @param id the issuer's id, if known
     * @return the resolver, sharing the tree's index
     */
    public DecreeOrganizations withOwnId(Optional<OrganizationId> id) {
        return new DecreeOrganizations(ownName, ownWords, id, names, date);
    }

    /**
     * Finds the one organization of the tree with this name.
     *
     * @param name a name in any case form
     * @return the id, or empty if there is no tree, no match or an ambiguity
     */
    public Optional<OrganizationId> lookUp(CharSequence name) {
        return names.flatMap(n -> date.map(d -> n.lookUp(name, d)).orElseGet(() -> n.lookUpUndated(name)).match())
                .map(match -> match.organization().id());
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
            } else if (!word.startsWith("профсоюз") && !word.startsWith("образовани")
                    && !OrganizationNames.isPartOf(word, ownWords)) {
                return false;
            }
        }
        return organization;
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
