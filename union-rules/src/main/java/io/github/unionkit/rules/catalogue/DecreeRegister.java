package io.github.unionkit.rules.catalogue;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.Term;
import io.github.unionkit.model.decree.Resolution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register of one body's decrees in one term: the subject of the numbering rules.
 *
 * @param body the body whose register it is
 * @param term the term, if known (enables the check that every decree is dated inside it)
 * @param resolutions the resolutions, in any order
 */
public record DecreeRegister(Body body, Optional<Term> term, List<Resolution> resolutions) {

    /**
     * Creates a register.
     *
     * @param body not null
     * @param term not null
     * @param resolutions not null, no null elements; copied
     */
    public DecreeRegister {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(term, "term");
        resolutions = List.copyOf(Objects.requireNonNull(resolutions, "resolutions"));
    }

    /**
     * Returns a register of a term.
     *
     * @param body not null
     * @param term not null
     * @param resolutions not null
     * @return the register
     */
    public static DecreeRegister of(Body body, Term term, List<Resolution> resolutions) {
        return new DecreeRegister(body, Optional.of(term), resolutions);
    }

    /**
     * Returns a register whose term is unknown.
     *
     * @param body not null
     * @param resolutions not null
     * @return the register
     */
    public static DecreeRegister of(Body body, List<Resolution> resolutions) {
        return new DecreeRegister(body, Optional.empty(), resolutions);
    }
}
