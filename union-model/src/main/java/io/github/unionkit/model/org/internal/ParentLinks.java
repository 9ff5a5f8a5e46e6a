package io.github.unionkit.model.org.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Walks a forest given as parent links: {@code parents[i]} is the position of {@code i}'s parent, or
 * -1 for a root. Every walk is iterative and takes time linear in the number of positions, so chains of
 * any depth are safe.
 */
public final class ParentLinks {

    private ParentLinks() {
    }

    /**
     * Returns the positions in depth-first pre-order: each root in ascending position, followed by its
     * subtree, children in ascending position. Positions that no root reaches (those on a cycle or
     * hanging below one) are left out.
     *
     * @param parents the parent position of each position, -1 for a root, each otherwise in
     *     {@code [0, parents.length)}; not null
     * @return the positions in pre-order; shorter than {@code parents} exactly when links form a cycle
     */
    public static int[] preOrder(int[] parents) {
        Objects.requireNonNull(parents, "parents");
        int n = parents.length;
        // Children in compressed rows: the children of p are kids[starts[p]] .. kids[starts[p + 1] - 1].
        int[] starts = new int[n + 1];
        for (int parent : parents) {
            if (parent >= 0) {
                starts[parent + 1]++;
            }
        }
        for (int p = 0; p < n; p++) {
            starts[p + 1] += starts[p];
        }
        int[] kids = new int[starts[n]];
        int[] fill = Arrays.copyOf(starts, n);
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            if (parents[i] >= 0) {
                kids[fill[parents[i]]++] = i;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (parents[i] < 0) {
                stack[top++] = i;
            }
        }
        int[] order = new int[n];
        int count = 0;
        // A position reached from a root has one path to it, so it is pushed at most once: top <= n.
        while (top > 0) {
            int position = stack[--top];
            order[count++] = position;
            for (int k = starts[position + 1] - 1; k >= starts[position]; k--) {
                stack[top++] = kids[k];
            }
        }
        return count == n ? order : Arrays.copyOf(order, count);
    }

    /**
     * Returns the cycle above a position that no root reaches: walking up from such a position must
     * revisit one, and the cycle runs from the first revisited position up to the last one before
     * the revisit.
     *
     * @param parents the parent links, as for {@link #preOrder(int[])}; not null
     * @param start a position that {@link #preOrder(int[])} left out
     * @return the positions on the cycle, in the order the walk up meets them
     * @throws IllegalArgumentException if walking up from {@code start} reaches a root
     */
    public static int[] cycleAbove(int[] parents, int start) {
        Objects.requireNonNull(parents, "parents");
        int[] stepOf = new int[parents.length];
        int[] path = new int[16];
        int length = 0;
        int current = start;
        while (stepOf[current] == 0) {
            if (length == path.length) {
                path = Arrays.copyOf(path, length * 2);
            }
            path[length++] = current;
            stepOf[current] = length;
            current = parents[current];
            if (current < 0) {
                throw new IllegalArgumentException("position " + start + " is reached from a root");
            }
        }
        return Arrays.copyOfRange(path, stepOf[current] - 1, length);
    }
}
