/**
 * The validator facade: Hibernate Validator (bootstrapped without Expression Language) merged with the rule catalogue into one report.
 */
package io.github.unionkit.rules.validation;
