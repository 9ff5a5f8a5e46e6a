/**
 * Paths into model values ({@link io.github.unionkit.model.path.PropertyPath}): the one way the rules
 * say where a violation is and the text parsers say where an element was read.
 */
package io.github.unionkit.model.path;
