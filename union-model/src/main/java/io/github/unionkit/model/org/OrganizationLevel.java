package io.github.unionkit.model.org;

/**
 * The level of an organization in the union's structure, from the Union itself down to a union group.
 *
 * <p>The legal parent levels follow the education union's charter: a regional organization sits under
 * the Union, a territorial one under a regional one, a primary organization under a territorial or
 * directly under a regional one (universities, colleges), and a union group under a primary one.
 */
public enum OrganizationLevel {
    /** The Union at national level (Общероссийский Профсоюз образования). */
    NATIONAL,
    /** A regional (oblast, krai, republic, interregional) organization. */
    REGIONAL,
    /** A territorial (district or city) organization, ТОП. */
    TERRITORIAL,
    /** A primary organization, ППО, possibly with the rights of a territorial one. */
    PRIMARY,
    /** A union group (профгруппа) inside a primary organization. */
    GROUP;

    /**
     * Tells whether an organization of this level may sit directly under one of {@code parent}'s level.
     *
     * @param parent the parent's level, not null
     * @return true if the charter allows this nesting
     */
    public boolean isAllowedUnder(OrganizationLevel parent) {
        java.util.Objects.requireNonNull(parent, "parent");
        switch (this) {
            case NATIONAL:
                return false;
            case REGIONAL:
                return parent == NATIONAL;
            case TERRITORIAL:
                return parent == REGIONAL;
            case PRIMARY:
                return parent == TERRITORIAL || parent == REGIONAL;
            case GROUP:
                return parent == PRIMARY;
            default:
                throw new AssertionError(this);
        }
    }
}
