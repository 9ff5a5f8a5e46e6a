/**
 * JSON interchange for UnionKit: the Jackson 3 {@link io.github.unionkit.io.json.UnionModule}, ready
 * mappers from {@link io.github.unionkit.io.json.UnionJson} with explicit settings and input
 * {@link io.github.unionkit.io.json.JsonLimits}, and typed
 * {@link io.github.unionkit.io.json.JsonInputException}s for unreadable input.
 *
 * <p>The format is described in {@code docs/json.md} and published as JSON Schema 2020-12 in
 * {@code docs/schema/}.
 */
package io.github.unionkit.io.json;
