/**
 * Deadlines (сроки): a sealed family of typed deadlines, each resolving to a window of days
 * ({@link org.threeten.extra.LocalDateRange}) and, for most kinds, a last day, with the phrase as
 * written kept beside the typed value and a status as of a date.
 *
 * <p>Start at {@link io.github.unionkit.model.time.Deadline}: its static factories build every kind,
 * and {@link io.github.unionkit.model.time.DeadlineVisitor} dispatches over them. "не позднее X"
 * includes X; "до X" excludes X unless {@link io.github.unionkit.model.time.UntilPolicy#INCLUSIVE} is
 * passed. Nothing in this package reads the system clock implicitly.
 */
@UnionStyle
package io.github.unionkit.model.time;

import io.github.unionkit.model.internal.UnionStyle;
