/**
 * UnionKit's immutable domain model: organizations and their tree, members and the registry, bodies,
 * meetings, resolutions with their clauses and assignments, decree numbers and deadlines.
 */
module io.github.unionkit.model {
    requires transitive org.threeten.extra;
    requires static org.immutables.value.annotations;
    requires jakarta.validation;

    exports io.github.unionkit.model.org;
    exports io.github.unionkit.model.member;
    exports io.github.unionkit.model.body;
    exports io.github.unionkit.model.meeting;
    exports io.github.unionkit.model.decree;
    exports io.github.unionkit.model.time;
    exports io.github.unionkit.model.path;

    // Hibernate Validator reads constraint annotations on record components (private fields) by
    // reflection; only it, and only these packages, get that deep access.
    opens io.github.unionkit.model.org to org.hibernate.validator;
    opens io.github.unionkit.model.member to org.hibernate.validator;
    opens io.github.unionkit.model.body to org.hibernate.validator;
    opens io.github.unionkit.model.meeting to org.hibernate.validator;
    opens io.github.unionkit.model.decree to org.hibernate.validator;
    opens io.github.unionkit.model.time to org.hibernate.validator;
}
