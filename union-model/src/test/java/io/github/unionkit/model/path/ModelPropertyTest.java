package io.github.unionkit.model.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelPropertyTest {

    @Test
    void everyConstantNamesAnAccessorOfAPublicModelType() throws Exception {
        Set<String> accessors = publicAccessorsOfModelTypes();

        assertThat(Arrays.stream(ModelProperty.values()).map(ModelProperty::propertyName))
                .allSatisfy(name -> assertThat(accessors).as("an accessor named %s", name).contains(name));
    }

    @Test
    void constantsAreDistinctIdentifiers() {
        Set<String> names = Arrays.stream(ModelProperty.values()).map(ModelProperty::propertyName)
                .collect(Collectors.toSet());

        assertThat(names).hasSize(ModelProperty.values().length)
                .allSatisfy(name -> assertThat(name).matches("[a-z][A-Za-z0-9]*"));
    }

    @Test
    void aPathOfConstantsPrintsAndParsesLikeOneOfNames() {
        PropertyPath typed = PropertyPath.of(ModelProperty.CLAUSES).key("4.3").property(ModelProperty.SIZE_BANDS)
                .index(0).property(ModelProperty.DEADLINE);

        assertThat(typed).isEqualTo(PropertyPath.of("clauses").key("4.3").property("sizeBands").index(0)
                .property("deadline"));
        assertThat(typed.toString()).isEqualTo("clauses[4.3].sizeBands[0].deadline");
        assertThat(PropertyPath.parse(typed.toString())).isEqualTo(typed);
    }

    private static Set<String> publicAccessorsOfModelTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(ModelProperty.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path model = classes.resolve("io/github/unionkit/model");
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(model)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = classes.relativize(file).toString().replace('\\', '/');
                if (!relative.endsWith(".class") || relative.contains("/internal/") || relative.contains("$")) {
                    continue;
                }
                Class<?> type = load(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    if (method.getParameterCount() == 0 && method.getReturnType() != void.class) {
                        names.add(method.getName());
                    }
                }
            }
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelPropertyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
