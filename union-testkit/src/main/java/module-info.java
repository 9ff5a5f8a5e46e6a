/**
 * Engine-neutral generators of valid and near-miss invalid UnionKit values. The QuickTheories adapters
 * are in the separate artifact {@code union-testkit-quicktheories} (no descriptor: QuickTheories is a
 * filename-based automatic module).
 */
module io.github.unionkit.testkit {
    requires transitive io.github.unionkit.model;

    exports io.github.unionkit.testkit;
    exports io.github.unionkit.testkit.fixtures;
}
