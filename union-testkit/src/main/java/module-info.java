/**
 * Engine-neutral generators of valid and near-miss invalid UnionKit values, and adapters for
 * QuickTheories.
 */
module io.github.unionkit.testkit {
    requires transitive io.github.unionkit.model;
    requires static quicktheories;

    exports io.github.unionkit.testkit;
    exports io.github.unionkit.testkit.fixtures;
    exports io.github.unionkit.testkit.quicktheories;
}
