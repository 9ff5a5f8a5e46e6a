package io.github.unionkit.io.json;

import io.github.unionkit.io.json.internal.CodecContributor;
import io.github.unionkit.io.json.internal.Registrations;
import io.github.unionkit.io.json.internal.UnwritableTypes;
import java.util.List;
import java.util.ServiceLoader;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for UnionKit: explicit serializers and deserializers for every UnionKit type
 * (the model, union-rules' validation reports and, when union-text is present, its located results:
 * {@code TextSpan}, {@code DeadlineMatch}, {@code DecreeReferenceMatch}, {@code DecreeElementSpan}; the
 * registry's {@code Rejection}, {@code ExportReport} and, written only, {@code ImportReport}),
 * and for nothing else. A UnionKit type without a codec is not written by reflection: writing it
 * throws {@link UnwritableTypeException}.
 *
 * <p>The module changes nothing outside UnionKit's own types: an application that registers it (Spring
 * Boot does, through {@code findAndAddModules()}) keeps its own handling of {@code LocalDate},
 * {@code YearMonth}, {@code Year} and ThreeTen-Extra's types, {@code @JsonFormat} included. Dates inside
 * UnionKit values are written by UnionKit's codecs (ISO-8601, {@code "2021-Q1"}, {@code "2021-H1"})
 * whatever the host configures. {@link UnionJson#mapper()}, UnionKit's own mapper, also registers
 * those date and period forms for top-level values (decision 0027).
 *
 * <p>The format is documented in {@code docs/json.md} and published as JSON Schema in
 * {@code docs/schema/}; it does not depend on reflection, so {@code io.github.unionkit.model} opens
 * nothing to Jackson. The module is discoverable: {@code JsonMapper.builder().findAndAddModules()}
 * finds it through {@link java.util.ServiceLoader} (the {@code provides} clause of module
 * {@code io.github.unionkit.io} and {@code META-INF/services} on the class path).
 *
 * <p>Most code should use {@link UnionJson#mapper()}, which adds this module to a mapper with
 * UnionKit's settings and input limits.
 */
public final class UnionModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The codec contributors of union-io's other packages, found once. */
    private static final List<CodecContributor> CONTRIBUTORS = ServiceLoader
            .load(CodecContributor.class, UnionModule.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).toList();

    /** The module name, {@value}. */
    public static final String NAME = "UnionKit";

    /** The module version: UnionKit's version. */
    public static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "io.github.unionkit", "union-io");

    /**
     * Creates the module with every UnionKit serializer and deserializer registered.
     */
    public UnionModule() {
        super(NAME, VERSION);
        Registrations.registerModel(this);
        Registrations.registerTextIfPresent(this);
        // The registry's reports: contributed through ServiceLoader, since io.registry depends on io.json.
        for (CodecContributor contributor : CONTRIBUTORS) {
            contributor.contribute(this);
        }
        // A UnionKit type without a codec fails with UnwritableTypeException rather than being written
        // by reflection or as {}; other types keep the mapper's handling.
        setSerializerModifier(new UnwritableTypes());
    }
}
