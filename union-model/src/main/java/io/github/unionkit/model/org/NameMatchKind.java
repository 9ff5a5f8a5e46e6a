package io.github.unionkit.model.org;

/**
 * How a name as written matched one of an organization's names, strongest first.
 */
public enum NameMatchKind {
    /**
     * The same name, ignoring only case, {@code ё}/{@code е}, quote and dash styles and runs of
     * whitespace (as {@link OrganizationName#matches(String)} compares).
     */
    EXACT,
    /**
     * The same words in another grammatical case, or with quotes, hyphens, an abbreviation (ТОП, ППО, РО,
     * МО) or the tail «Профсоюза» written differently (as {@link OrganizationNames#sameName} compares).
     */
    WORD_FORMS
}
