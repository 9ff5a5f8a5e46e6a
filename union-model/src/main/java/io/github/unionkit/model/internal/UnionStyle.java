package io.github.unionkit.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every UnionKit aggregate: the generated {@code ImmutableX} stays
 * package-private, users build through {@code X.builder()}, and {@code build()} returns the abstract
 * type, so the generated class never leaks into the API.
 *
 * <p>{@code allowedClasspathAnnotations = Override.class} keeps Immutables from stamping
 * {@code @org.immutables.value.Generated} on the generated classes: Immutables is compile-time only,
 * so a consumer compiling against the model would miss that annotation type and warn ("Cannot find
 * annotation method 'from()'"), which fails {@code -Xlint:all -Werror} builds.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        overshadowImplementation = true,
        // The aggregates write their own nested Builder, delegating to the generated one, so that no
        // generated type appears in a public signature (not even as a superclass); the name below keeps
        // Immutables from treating that hand-written Builder as an extension of its own.
        typeInnerBuilder = "GeneratedBuilderExtension",
        builder = "generatedBuilder",
        jdkOnly = true,
        allowedClasspathAnnotations = Override.class,
        allParameters = false,
        defaults = @Value.Immutable(copy = true))
public @interface UnionStyle {
}
