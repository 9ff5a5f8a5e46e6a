package io.github.unionkit.benchmarks.registry;

import io.github.unionkit.io.registry.RegistryFormat;
import io.github.unionkit.io.registry.RegistryGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Generated registry files for the benchmarks, cached in the temporary directory (never committed):
 * the same generator settings always produce the same bytes, so a cached file is reused.
 */
public final class RegistryFiles {

    private RegistryFiles() {
    }

    /**
     * Returns the national-scale generator (about 85,000 organizations) for a number of members.
     *
     * @param members the number of members
     * @return the generator
     */
    public static RegistryGenerator national(long members) {
        return RegistryGenerator.builder().seed(2021).members(members).build();
    }

    /**
     * Returns the file of a generator's registry, writing it first if absent.
     *
     * @param generator the generator
     * @param format the format
     * @param name the file name in {@code java.io.tmpdir}
     * @return the file
     */
    public static Path file(RegistryGenerator generator, RegistryFormat format, String name) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), name);
        if (Files.exists(file)) {
            return file;
        }
        try {
            Path partial = Files.createTempFile(file.getParent(), name, ".partial");
            generator.write(partial, format);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
