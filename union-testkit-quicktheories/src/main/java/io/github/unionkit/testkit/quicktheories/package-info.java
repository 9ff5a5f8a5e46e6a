/**
 * Adapters from UnionKit's engine-neutral generators to QuickTheories.
 *
 * <p>This artifact ({@code union-testkit-quicktheories}) has no {@code module-info}: QuickTheories is
 * itself a filename-based automatic module, and a descriptor requiring it could not be published
 * cleanly. On the module path the jar is the automatic module
 * {@code io.github.unionkit.testkit.quicktheories} (manifest {@code Automatic-Module-Name}).
 */
package io.github.unionkit.testkit.quicktheories;
