package io.github.unionkit.io.json.internal;

import tools.jackson.databind.module.SimpleModule;

/**
 * A part of union-io that adds its own codecs to {@code UnionModule} without {@code io.json}
 * depending on it (the registry depends on the JSON package, so the JSON package cannot name the
 * registry's types without a package cycle). Found with {@link java.util.ServiceLoader}: union-io's
 * descriptor {@code provides} it, and {@code META-INF/services} names it on the class path.
 */
public interface CodecContributor {

    /**
     * Registers the contributor's serializers and deserializers.
     *
     * @param module the module to add them to, not null
     */
    void contribute(SimpleModule module);
}
