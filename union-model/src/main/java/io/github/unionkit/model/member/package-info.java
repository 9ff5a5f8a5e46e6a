/**
 * Members and the membership registry: categories, admission and exit, status as a pure function of dates. Members are personal data: no type here prints a name or card number.
 */
@UnionStyle
package io.github.unionkit.model.member;

import io.github.unionkit.model.internal.UnionStyle;
