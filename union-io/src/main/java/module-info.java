/**
 * UnionKit's interchange: JSON through a Jackson 3 module ({@code UnionJson}, {@code UnionModule}),
 * streaming registry import and export (JSON Lines, CSV) and the eligibility index. The Russian text
 * parsers live in {@code io.github.unionkit.text}.
 */
module io.github.unionkit.io {
    requires transitive io.github.unionkit.model;
    requires transitive io.github.unionkit.rules;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    // Optional: the codecs of union-text's located results are registered when it is present.
    requires static io.github.unionkit.text;
    requires org.slf4j;

    exports io.github.unionkit.io.json;
    exports io.github.unionkit.io.registry;

    provides tools.jackson.databind.JacksonModule with io.github.unionkit.io.json.UnionModule;

    // UnionModule finds the registry's codecs without io.json naming io.registry (no package cycle).
    uses io.github.unionkit.io.json.internal.CodecContributor;
    provides io.github.unionkit.io.json.internal.CodecContributor
            with io.github.unionkit.io.registry.internal.RegistryCodecs;
}
