package io.github.unionkit.examples.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The real-consumer check: a separate project ({@code consumer-it/}, not a reactor module) is compiled
 * with {@code javac} on a module path made only of the jars this build just produced and their
 * dependencies, then run with {@code java --module-path … --module …} in a fresh JVM. It proves that the
 * published module names, exports, {@code requires transitive} and the Jackson service provider of
 * {@code io.github.unionkit.io} work for a user on the module path.
 */
public class JpmsConsumerTest {
    private static final String CONSUMER_MODULE = "io.github.unionkit.consumer";
    private static final String CONSUMER_MAIN = "io.github.unionkit.consumer.ConsumerMain";

    @Test
    void aModuleRequiringUnionKitCompilesAndRunsOnTheModulePath() throws Exception {
        Path sources = Path.of(System.getProperty("uk.consumer.sources", "../consumer-it/src/main/java"));
        Path work = Path.of(System.getProperty("uk.consumer.work", "target/consumer-it"));
        assertThat(sources.resolve("module-info.java")).exists();
        deleteRecursively(work);
        Path classes = Files.createDirectories(work.resolve("classes"));

        Map<String, ModuleReference> available = modulesOnTheTestClassPath();
        Set<String> roots = requiredModules(sources.resolve("module-info.java"));
        List<Path> modulePath = resolve(available, roots);
        assertThat(modulePath).as("module path").isNotEmpty();

        compile(sources, classes, modulePath);
        Process process = run(classes, modulePath, work, CONSUMER_MODULE + "/" + CONSUMER_MAIN);

        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(out).contains("consumer OK");
    }

    @Test
    void theUnionKitModulesAreExplicitModulesExportingInternalsOnlyToEachOther() {
        Map<String, ModuleReference> available = modulesOnTheTestClassPath();

        for (String name : List.of("io.github.unionkit.model", "io.github.unionkit.rules", "io.github.unionkit.text",
                "io.github.unionkit.io", "io.github.unionkit.documents", "io.github.unionkit.testkit")) {
            assertThat(available).as("module %s on the test class path", name).containsKey(name);
            ModuleDescriptor descriptor = available.get(name).descriptor();
            assertThat(descriptor.isAutomatic()).as("%s is automatic", name).isFalse();
            // An internal package may be shared with a sibling UnionKit module (a qualified export, such as
            // the model's one definition of white space for union-text), never exported to everyone.
            assertThat(descriptor.exports()).as("exports of %s", name)
                    .filteredOn(export -> export.source().contains(".internal"))
                    .allSatisfy(export -> assertThat(export.targets()).isNotEmpty()
                            .allSatisfy(target -> assertThat(target).startsWith("io.github.unionkit.")));
        }
    }

    @Test
    void theTextModuleNeedsTheModelOnly() {
        ModuleDescriptor text = modulesOnTheTestClassPath().get("io.github.unionkit.text").descriptor();

        assertThat(text.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "io.github.unionkit.model");
    }

    /** Every jar or exploded module of the test class path, by module name; the first of a name wins. */
    private static Map<String, ModuleReference> modulesOnTheTestClassPath() {
        Map<String, ModuleReference> modules = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean jar = entry.endsWith(".jar") && Files.isRegularFile(path);
            boolean exploded = Files.isDirectory(path) && Files.isRegularFile(path.resolve("module-info.class"));
            if (!jar && !exploded) {
                continue;
            }
            try {
                for (ModuleReference reference : ModuleFinder.of(path).findAll()) {
                    modules.putIfAbsent(reference.descriptor().name(), reference);
                }
            } catch (FindException e) {
                // A jar that is no valid automatic module (e.g. a test tool) cannot be on any module path.
            }
        }
        return modules;
    }

    /** The modules that {@code module-info.java} requires (read from source: it is not compiled yet). */
    private static Set<String> requiredModules(Path moduleInfo) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(moduleInfo, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("requires ") && trimmed.endsWith(";")) {
                String[] words = trimmed.substring(0, trimmed.length() - 1).split("\\s+");
                names.add(words[words.length - 1]);
            }
        }
        return names;
    }

    /** Resolves the roots and binds services, returning the locations of the modules a user would ship. */
    private static List<Path> resolve(Map<String, ModuleReference> available, Set<String> roots) {
        ModuleFinder finder = new ModuleFinder() {
            @Override
            public Optional<ModuleReference> find(String name) {
                return Optional.ofNullable(available.get(name));
            }

            @Override
            public Set<ModuleReference> findAll() {
                return Set.copyOf(available.values());
            }
        };
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), roots);
        List<Path> paths = new ArrayList<>();
        for (ResolvedModule module : configuration.modules()) {
            module.reference().location().map(URI::toString).filter(uri -> uri.startsWith("file:"))
                    .map(uri -> Path.of(URI.create(uri))).ifPresent(paths::add);
        }
        paths.sort(Comparator.naturalOrder());
        return paths;
    }

    private static void compile(Path sources, Path classes, List<Path> modulePath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK (not a JRE) runs the tests").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
                Stream<Path> walk = Files.walk(sources)) {
            List<Path> javaFiles = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
            // -Xlint:all -Werror as a strict consumer builds: UnionKit's jars must not cause a warning.
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-d", classes.toString(),
                    "--module-path", join(modulePath));
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            assertThat(ok).as("javac: %s", diagnostics.getDiagnostics()).isTrue();
        }
    }

    /**
     * Compiles a module's sources on a module path of the UnionKit jars (and their dependencies) that
     * it requires, and runs it in a fresh JVM: the check of the consumer project, and of the module
     * declaration that docs/guide/getting-started.md shows ({@code GuideGettingStartedSnippetsTest}).
     *
     * @param sources the source root, with {@code module-info.java}
     * @param work a directory for the classes and the output, emptied first
     * @param main {@code module/mainclass}
     * @return the standard output; the exit code must be 0
     * @throws Exception if compiling or running fails
     */
    public static String compileAndRun(Path sources, Path work, String main) throws Exception {
        deleteRecursively(work);
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> modulePath = resolve(modulesOnTheTestClassPath(), requiredModules(sources.resolve("module-info.java")));
        compile(sources, classes, modulePath);
        Process process = run(classes, modulePath, work, main);
        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
        return out;
    }

    private static Process run(Path classes, List<Path> modulePath, Path work, String main) throws Exception {
        List<Path> path = new ArrayList<>();
        path.add(classes);
        path.addAll(modulePath);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8",
                "--module-path", join(path), "--module", main)
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the consumer did not finish within 60 s");
        }
        return process;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
