/**
 * Service interfaces about deadlines that other UnionKit modules implement or use: the deadline-phrase
 * recognizer provided by union-text and used by union-rules' {@code @DeadlinePhrase} constraint.
 */
package io.github.unionkit.model.time.spi;
