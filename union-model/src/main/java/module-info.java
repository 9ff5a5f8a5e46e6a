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
}
