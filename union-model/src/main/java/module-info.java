/**
 * UnionKit's immutable domain model: organizations and their tree, members and the registry, bodies,
 * meetings, resolutions with their clauses and assignments, decree numbers and deadlines.
 */
// "module": the qualified opens below name org.hibernate.validator, which is optional and absent when
// the model is compiled; javac would warn "module not found" for each of them.
@SuppressWarnings("module")
module io.github.unionkit.model {
    requires transitive org.threeten.extra;
    // Compile time only: Immutables' @Value annotations are not needed by readers of the model.
    requires static org.immutables.value.annotations;
    // The model's public types carry Jakarta Validation constraints (@NotNull, @Valid, …): a module
    // that reads the model reads the annotations' module too.
    requires transitive jakarta.validation;

    exports io.github.unionkit.model.org;
    exports io.github.unionkit.model.member;
    exports io.github.unionkit.model.body;
    exports io.github.unionkit.model.meeting;
    exports io.github.unionkit.model.decree;
    exports io.github.unionkit.model.time;
    exports io.github.unionkit.model.time.spi;
    exports io.github.unionkit.model.path;
    exports io.github.unionkit.model.error;
    // One definition of white space, dashes and folding for every scanner, and one way of choosing
    // Russian or English texts: UnionKit's own modules share the model's, without it becoming API.
    exports io.github.unionkit.model.internal to io.github.unionkit.text, io.github.unionkit.io,
            io.github.unionkit.rules, io.github.unionkit.documents;

    // Hibernate Validator reads constraint annotations on record components (private fields) by
    // reflection; only it, and only these packages, get that deep access.
    opens io.github.unionkit.model.org to org.hibernate.validator;
    opens io.github.unionkit.model.member to org.hibernate.validator;
    opens io.github.unionkit.model.body to org.hibernate.validator;
    opens io.github.unionkit.model.meeting to org.hibernate.validator;
    opens io.github.unionkit.model.decree to org.hibernate.validator;
    opens io.github.unionkit.model.time to org.hibernate.validator;
}
