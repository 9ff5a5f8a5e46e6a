/**
 * The built-in rule catalogue: every rule has a stable code, a severity, Russian and English messages, and a row in docs/rules.md.
 */
package io.github.unionkit.rules.catalogue;
