/**
 * Meetings of bodies: kinds, Roman ordinals, stages, dates, agenda and vote tallies.
 */
@UnionStyle
package io.github.unionkit.model.meeting;

import io.github.unionkit.model.internal.UnionStyle;
