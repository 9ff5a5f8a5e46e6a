/**
 * Decree-number allocation within a body's term.
 */
package io.github.unionkit.rules.numbering;
