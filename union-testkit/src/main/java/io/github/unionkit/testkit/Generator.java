package io.github.unionkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A source of values of one type, driven only by the {@link RandomGenerator} it is given.
 *
 * <p>Generators are engine-neutral: any property-testing engine (or a plain loop with a seeded
 * {@link java.util.SplittableRandom}) can drive them, and the same seed always yields the same values.
 * Implementations must be stateless and thread-safe, must never return {@code null}, and must draw all
 * randomness from the argument.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * Generates one value.
     *
     * @param random the only source of randomness, not null
     * @return a generated value, never null
     */
    T generate(RandomGenerator random);

    /**
     * Returns a generator that applies {@code mapper} to the values of this one.
     *
     * @param mapper the function to apply, not null, never returning null
     * @param <R> the result type
     * @return the mapped generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(generate(random));
    }

    /**
     * Returns a generator that feeds each value of this one into a generator chosen by {@code next}.
     *
     * @param next the function choosing the next generator, not null
     * @param <R> the result type
     * @return the composed generator
     */
    default <R> Generator<R> flatMap(Function<? super T, Generator<? extends R>> next) {
        Objects.requireNonNull(next, "next");
        return random -> next.apply(generate(random)).generate(random);
    }

    /**
     * Returns a generator that keeps only values accepted by {@code filter}, retrying up to 1,000 times.
     *
     * @param filter the acceptance test, not null
     * @return the filtered generator
     * @throws IllegalStateException from {@code generate} when 1,000 consecutive values were rejected
     */
    default Generator<T> filter(Predicate<? super T> filter) {
        Objects.requireNonNull(filter, "filter");
        return random -> {
            for (int attempt = 0; attempt < 1_000; attempt++) {
                T value = generate(random);
                if (filter.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 1000 consecutive values");
        };
    }

    /**
     * Returns a generator of lists of values of this generator, sized uniformly in {@code [min, max]}.
     *
     * @param min the smallest size, at least 0
     * @param max the largest size, at least {@code min}
     * @return the list generator; its lists are unmodifiable
     * @throws IllegalArgumentException if the bounds are invalid
     */
    default Generator<List<T>> list(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("invalid size bounds [" + min + ", " + max + "]");
        }
        return random -> {
            int size = random.nextInt(min, max + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(generate(random));
            }
            return List.copyOf(values);
        };
    }

    /**
     * Returns a generator that always yields {@code value}.
     *
     * @param value the constant, not null
     * @param <T> the value type
     * @return the constant generator
     */
    static <T> Generator<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return random -> value;
    }

    /**
     * Returns a generator that picks one of {@code values} uniformly.
     *
     * @param values the candidates, not empty, no nulls
     * @param <T> the value type
     * @return the choosing generator
     * @throws IllegalArgumentException if {@code values} is empty
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only goes to List.of, which copies it
    static <T> Generator<T> oneOf(T... values) {
        List<T> copy = List.of(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("values must not be empty");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * Returns a generator that delegates to one of {@code generators}, chosen uniformly per value.
     *
     * @param generators the candidates, not empty, no nulls
     * @param <T> the value type
     * @return the choosing generator
     * @throws IllegalArgumentException if {@code generators} is empty
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array only goes to List.of, which copies it
    static <T> Generator<T> anyOf(Generator<? extends T>... generators) {
        List<Generator<? extends T>> copy = List.of(generators);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("generators must not be empty");
        }
        return random -> copy.get(random.nextInt(copy.size())).generate(random);
    }

    /**
     * Returns a generator of ints uniformly in {@code [min, max]}.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the int generator
     * @throws IllegalArgumentException if {@code max < min}
     */
    static Generator<Integer> ints(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max < min: " + max + " < " + min);
        }
        return random -> (int) random.nextLong(min, (long) max + 1);
    }
}
