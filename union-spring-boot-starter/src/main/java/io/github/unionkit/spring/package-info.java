/**
 * UnionKit in Spring Boot 4 services: the auto-configuration ({@link UnionKitAutoConfiguration}), its
 * settings ({@link UnionKitJsonProperties}) and the failure it raises for {@code @Valid} UnionKit bodies
 * ({@link UnionKitValidationException}). Everything else in the package is package-private.
 */
package io.github.unionkit.spring;
