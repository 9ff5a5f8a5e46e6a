/**
 * Governing bodies of an organization (congress, committee, presidium …) and their terms.
 */
@UnionStyle
package io.github.unionkit.model.body;

import io.github.unionkit.model.internal.UnionStyle;
