/**
 * Organizations of the union and their tree: levels, kinds, effective-dated names, membership counts as of a date.
 */
@UnionStyle
package io.github.unionkit.model.org;

import io.github.unionkit.model.internal.UnionStyle;
