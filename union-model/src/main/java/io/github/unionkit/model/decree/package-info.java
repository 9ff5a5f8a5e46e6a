/**
 * Resolutions (постановления): decree numbers, clauses, assignments, references, control clauses.
 */
@UnionStyle
package io.github.unionkit.model.decree;

import io.github.unionkit.model.internal.UnionStyle;
