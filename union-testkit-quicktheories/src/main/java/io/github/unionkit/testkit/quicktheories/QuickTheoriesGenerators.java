package io.github.unionkit.testkit.quicktheories;

import io.github.unionkit.testkit.Generator;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts UnionKit's engine-neutral {@link Generator}s to QuickTheories {@link Gen}s.
 *
 * <p>Each QuickTheories draw takes one long from the engine's randomness source and seeds a
 * {@link SplittableRandom} with it, so a failing example is reproduced exactly by QuickTheories' own
 * seed. The adapted generators do not shrink: UnionKit values are validated at construction, and
 * shrinking raw random draws would mostly produce rejected values.
 */
public final class QuickTheoriesGenerators {

    private QuickTheoriesGenerators() {
    }

    /**
     * Returns a QuickTheories generator drawing its values from {@code generator}.
     *
     * @param generator the UnionKit generator, not null
     * @param <T> the value type
     * @return the adapted generator
     */
    public static <T> Gen<T> from(Generator<T> generator) {
        Objects.requireNonNull(generator, "generator");
        return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
    }
}
