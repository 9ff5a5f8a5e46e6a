package io.github.unionkit.examples.cli;

import java.lang.reflect.Constructor;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Creates command objects, handing the {@link CliContext} to those whose constructor takes one; all
 * other classes (converters, version providers) come from picocli's default factory.
 */
final class ContextFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == CliContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(context));
            }
        }
        return fallback.create(type);
    }
}
