package io.github.unionkit.spring;

import io.github.unionkit.io.json.JsonLimits;
import io.github.unionkit.io.json.UnknownPropertyPolicy;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the starter reads UnionKit documents in HTTP bodies, under {@code unionkit.json.*}. The defaults
 * are {@link JsonLimits#defaults()} and {@link UnknownPropertyPolicy#FAIL}, the settings of
 * {@code UnionJson.mapper()}; a service that takes smaller documents lowers
 * {@code unionkit.json.max-document-length}. The application's own types are not affected.
 *
 * @param unknownProperties what to do with a property the format does not define
 * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
 * @param maxDocumentLength the longest document in characters, at least 1
 * @param maxStringLength the longest string in characters, at least 1
 * @param maxNumberLength the longest number literal in characters, at least 1
 * @param maxNameLength the longest property name in characters, at least 1
 * @param maxTokenCount the most tokens in one document, at least 1
 */
@ConfigurationProperties("unionkit.json")
public record UnionKitJsonProperties(
        @DefaultValue("FAIL") UnknownPropertyPolicy unknownProperties,
        @DefaultValue("64") int maxNestingDepth,
        @DefaultValue("268435456") long maxDocumentLength,
        @DefaultValue("1048576") int maxStringLength,
        @DefaultValue("64") int maxNumberLength,
        @DefaultValue("256") int maxNameLength,
        @DefaultValue("50000000") long maxTokenCount) {

    /**
     * Checks the settings.
     *
     * @throws NullPointerException if {@code unknownProperties} is null
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public UnionKitJsonProperties {
        Objects.requireNonNull(unknownProperties, "unknownProperties");
        new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount);
    }

    /**
     * Returns the limits as UnionKit's type.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
                maxTokenCount);
    }
}
