/**
 * The rule engine: {@link io.github.unionkit.rules.Rule}, {@link io.github.unionkit.rules.RuleSet}, {@link io.github.unionkit.rules.RuleContext}, {@link io.github.unionkit.rules.Violation} and the immutable {@link io.github.unionkit.rules.ValidationReport}.
 */
package io.github.unionkit.rules;
