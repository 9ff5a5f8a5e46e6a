package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered clause (пункт, подпункт) of a resolution, with its sub-clauses.
 *
 * <p>A clause holds its text without the number ("Организовать:" for "3.1. Организовать:"), its bullet
 * items without the bullet (the trailing ";" or "." kept as written), its children, the assignment it
 * states if any, and the membership-size bands it sets if any. Every text is whitespace-normalised on
 * construction (see {@link TextNormalizer}).
 *
 * <p>Invariants, checked when the clause is built: the text and each item are not blank; the children
 * are numbered as direct children of this clause (under "3.1" the children are "3.1.1", "3.1.2", …).
 * The numbering is kept as the document writes it: a gap or a repeat among the children is kept and
 * reported by rule UK-CLAUSE-002, never renumbered. Since every clause checks its own children, a
 * whole tree is well-formed as soon as it is built.
 *
 * <p>{@link #toString()} prints the structure, not the text: clause texts may name persons.
 * Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract class Clause {

    Clause() {
    }

    /**
     * Returns a new builder. {@link Builder#build()} throws {@link IllegalStateException} if the
     * number or text is missing and {@link InvalidResolutionException} if an invariant is broken.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a leaf clause with only a number and a text.
     *
     * @param number the number, not null
     * @param text the text without the number, not null, not blank
     * @return the clause
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if {@code text} is blank
     */
    public static Clause of(ClauseNumber number, String text) {
        return builder().number(number).text(text).build();
    }

    /**
     * Returns the clause's number.
     *
     * @return the number, e.g. 3.1.1
     */
    @NotNull
    public abstract ClauseNumber number();

    /**
     * Returns the clause's text without its number, whitespace-normalised.
     *
     * @return the text, never blank
     */
    @NotBlank
    public abstract String text();

    /**
     * Returns the bullet items of the clause, without their bullets, in order.
     *
     * @return the items, unmodifiable, possibly empty; no item is blank
     */
    @NotNull
    public abstract List<String> items();

    /**
     * Returns the sub-clauses in document order, numbered as direct children of this clause.
     *
     * @return the children, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<@Valid Clause> children();

    /**
     * Returns the assignment this clause states, if it states one.
     *
     * @return the assignment, or empty
     */
    @NotNull
    public abstract Optional<@Valid Assignment> assignment();

    /**
     * Returns the membership-size bands this clause sets, in the order written.
     *
     * @return the bands, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<@Valid SizeBand> sizeBands();

    /**
     * Tells whether the clause has no sub-clauses.
     *
     * @return true if {@link #children()} is empty
     */
    public final boolean isLeaf() {
        return children().isEmpty();
    }

    /**
     * Returns this clause and all its descendants in document order (depth-first, pre-order).
     *
     * @return the clauses of this subtree, unmodifiable, starting with this clause
     */
    public final List<Clause> depthFirst() {
        List<Clause> out = new ArrayList<>();
        Deque<Clause> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            Clause clause = pending.pop();
            out.add(clause);
            List<Clause> children = clause.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the assignments of this clause and its descendants, in document order.
     *
     * @return the assignments, unmodifiable, possibly empty
     */
    public final List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (Clause clause : depthFirst()) {
            clause.assignment().ifPresent(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Normalises the texts, then checks the invariants. Immutables calls this on every built instance.
     *
     * @return this clause, or a copy with normalised texts
     * @throws InvalidResolutionException if an invariant is broken
     */
    @Value.Check
    Clause check() {
        ClauseNumber number = number();
        String text = TextNormalizer.normalize(text());
        if (text.isEmpty()) {
            throw new InvalidResolutionException(ErrorType.BLANK_TEXT, "text", number, "must not be blank");
        }
        List<String> items = new ArrayList<>(items().size());
        for (String item : items()) {
            String normalized = TextNormalizer.normalize(item);
            if (normalized.isEmpty()) {
                throw new InvalidResolutionException(ErrorType.BLANK_TEXT, "items", number,
                        "item " + (items.size() + 1) + " must not be blank");
            }
            items.add(normalized);
        }
        if (!text.equals(text()) || !items.equals(items())) {
            return builder().from(this).text(text).items(items).build();
        }
        List<Clause> children = children();
        for (int i = 0; i < children.size(); i++) {
            ClauseNumber actual = children.get(i).number();
            if (!isParentOf(number, actual)) {
                throw new InvalidResolutionException(ErrorType.CHILD_NOT_DIRECT, "children", number,
                        "child " + (i + 1) + " is numbered " + actual + ", which is not a direct child of " + number);
            }
        }
        return this;
    }

    private static boolean isParentOf(ClauseNumber parent, ClauseNumber child) {
        return child.parent().map(parent::equals).orElse(false);
    }

    /**
     * Returns the structure of the clause without its text, which may name persons.
     *
     * @return e.g. {@code Clause[3.1, children=5, items=0, assignment=absent, sizeBands=0]}
     */
    @Override
    public String toString() {
        return "Clause[" + number() + ", children=" + children().size() + ", items=" + items().size()
                + ", assignment=" + (assignment().isPresent() ? "present" : "absent")
                + ", sizeBands=" + sizeBands().size() + "]";
    }

    /**
     * Builds {@link Clause}s. Not thread-safe; {@link #build()} may be called more than once.
     * Collection setters ({@code addChildren}, {@code children}, …) accumulate or replace as their names
     * say; {@code from(clause)} copies every attribute of an existing clause.
     */
    public static final class Builder {
        private final ImmutableClause.Builder delegate = ImmutableClause.generatedBuilder();

        Builder() {
        }

        /**
         * Copies every attribute of an existing value into this builder.
         *
         * @param instance the value to copy, not null
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder from(Clause instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets {@link Clause#number()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder number(ClauseNumber value) {
            delegate.number(value);
            return this;
        }

        /**
         * Sets {@link Clause#text()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder text(String value) {
            delegate.text(value);
            return this;
        }

        /**
         * Adds an element to {@link Clause#items()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addItems(String element) {
            delegate.addItems(element);
            return this;
        }

        /**
         * Adds the elements to {@link Clause#items()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addItems(String... elements) {
            delegate.addItems(elements);
            return this;
        }

        /**
         * Replaces {@link Clause#items()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder items(Iterable<String> elements) {
            delegate.items(elements);
            return this;
        }

        /**
         * Adds every element to {@link Clause#items()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllItems(Iterable<String> elements) {
            delegate.addAllItems(elements);
            return this;
        }

        /**
         * Adds an element to {@link Clause#children()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addChildren(Clause element) {
            delegate.addChildren(element);
            return this;
        }

        /**
         * Adds the elements to {@link Clause#children()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addChildren(Clause... elements) {
            delegate.addChildren(elements);
            return this;
        }

        /**
         * Replaces {@link Clause#children()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder children(Iterable<? extends Clause> elements) {
            delegate.children(elements);
            return this;
        }

        /**
         * Adds every element to {@link Clause#children()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllChildren(Iterable<? extends Clause> elements) {
            delegate.addAllChildren(elements);
            return this;
        }

        /**
         * Sets {@link Clause#assignment()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder assignment(Assignment value) {
            delegate.assignment(value);
            return this;
        }

        /**
         * Sets {@link Clause#assignment()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder assignment(Optional<? extends Assignment> value) {
            delegate.assignment(value);
            return this;
        }

        /**
         * Adds an element to {@link Clause#sizeBands()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addSizeBands(SizeBand element) {
            delegate.addSizeBands(element);
            return this;
        }

        /**
         * Adds the elements to {@link Clause#sizeBands()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addSizeBands(SizeBand... elements) {
            delegate.addSizeBands(elements);
            return this;
        }

        /**
         * Replaces {@link Clause#sizeBands()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder sizeBands(Iterable<? extends SizeBand> elements) {
            delegate.sizeBands(elements);
            return this;
        }

        /**
         * Adds every element to {@link Clause#sizeBands()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllSizeBands(Iterable<? extends SizeBand> elements) {
            delegate.addAllSizeBands(elements);
            return this;
        }

        /**
         * Builds the value, checking its invariants.
         *
         * @return a new immutable value
         * @throws IllegalStateException if a required attribute was not set
         */
        public Clause build() {
            return delegate.build();
        }
    }
}
