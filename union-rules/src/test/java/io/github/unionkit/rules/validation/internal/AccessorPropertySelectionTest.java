package io.github.unionkit.rules.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class AccessorPropertySelectionTest {

    private static final AccessorPropertySelection SELECTION = new AccessorPropertySelection();

    private static ConstrainableExecutable method(String name, Class<?> result, Class<?>... parameters) {
        return new ConstrainableExecutable() {
            @Override
            public Class<?> getReturnType() {
                return result;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public Class<?>[] getParameterTypes() {
                return parameters;
            }
        };
    }

    @Test
    void recordStyleAccessorsAreProperties() {
        assertThat(SELECTION.getProperty(method("birthDate", Optional.class))).contains("birthDate");
        assertThat(SELECTION.getProperty(method("name", String.class))).contains("name");
    }

    @Test
    void javaBeanGettersAreTheirPropertyNames() {
        assertThat(SELECTION.getProperty(method("getTitle", String.class))).contains("title");
        assertThat(SELECTION.getProperty(method("isActive", boolean.class))).contains("active");
        assertThat(SELECTION.getProperty(method("isActive", Boolean.class))).contains("active");
        // "is" on a non-boolean and "get" before a lower-case letter are plain accessor names.
        assertThat(SELECTION.getProperty(method("isbn", String.class))).contains("isbn");
        assertThat(SELECTION.getProperty(method("isActive", String.class))).contains("isActive");
        assertThat(SELECTION.getProperty(method("getaway", String.class))).contains("getaway");
    }

    @Test
    void methodsWithArgumentsWithoutResultOrOfObjectAndBuildersAreNot() {
        assertThat(SELECTION.getProperty(method("name", String.class, int.class))).isEmpty();
        assertThat(SELECTION.getProperty(method("run", void.class))).isEmpty();
        for (String excluded : new String[] {"hashCode", "toString", "getClass", "builder", "toBuilder", "build",
            "lambda$name$0"}) {
            assertThat(SELECTION.getProperty(method(excluded, Object.class))).as(excluded).isEmpty();
        }
    }

    @Test
    void aPropertyIsLookedUpUnderEachOfItsAccessorNames() {
        assertThat(SELECTION.getGetterMethodNameCandidates("title")).containsExactly("title", "getTitle", "isTitle");
    }
}
