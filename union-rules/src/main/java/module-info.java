/**
 * UnionKit's rules: the rule engine ({@code Rule}, {@code RuleSet}, {@code ValidationReport}), charter
 * profiles with quorum, majority and representation strategies, the built-in rule catalogue, Jakarta
 * Validation constraints for other systems' beans, and the validator facade that merges Hibernate
 * Validator's findings with the catalogue's.
 *
 * <p>Hibernate Validator is optional: only {@code io.github.unionkit.rules.validation} needs it, and it
 * fails with a clear message when it is absent.
 */
module io.github.unionkit.rules {
    requires transitive io.github.unionkit.model;
    requires transitive jakarta.validation;
    requires org.slf4j;
    requires static org.hibernate.validator;

    exports io.github.unionkit.rules;
    exports io.github.unionkit.rules.charter;
    exports io.github.unionkit.rules.catalogue;
    exports io.github.unionkit.rules.constraints;
    exports io.github.unionkit.rules.validation;

    // Hibernate Validator instantiates the constraint validators reflectively.
    opens io.github.unionkit.rules.constraints.internal to org.hibernate.validator;

    // @DeadlinePhrase: union-text provides the real grammar; without it, the built-in fallback.
    uses io.github.unionkit.model.time.spi.DeadlinePhraseRecognizer;
}
