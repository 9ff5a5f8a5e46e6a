/**
 * Deadlines: a sealed family of typed deadlines resolving to a window and a last day, with status as of a date.
 */
@UnionStyle
package io.github.unionkit.model.time;

import io.github.unionkit.model.internal.UnionStyle;
