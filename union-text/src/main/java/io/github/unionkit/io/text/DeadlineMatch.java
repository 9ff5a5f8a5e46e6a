package io.github.unionkit.io.text;

import io.github.unionkit.model.time.Deadline;
import java.util.Objects;

/**
 * A deadline phrase found in a longer text by {@link RussianDeadlines#findAll}: where it is and what
 * it means.
 *
 * @param span where the phrase is in the scanned text
 * @param deadline the deadline, with the phrase as written (whitespace-normalised) attached
 */
public record DeadlineMatch(TextSpan span, Deadline deadline) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the deadline carries no phrase
     */
    public DeadlineMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.phrase().isEmpty()) {
            throw new IllegalArgumentException("a found deadline carries its phrase");
        }
    }

    /**
     * Returns the offset where the phrase starts.
     *
     * @return {@code span().start()}
     */
    public int start() {
        return span.start();
    }

    /**
     * Returns the offset after the phrase.
     *
     * @return {@code span().end()}
     */
    public int end() {
        return span.end();
    }

    /**
     * Returns the phrase as written, whitespace-normalised ("В течение 2021 года").
     *
     * @return the phrase, never empty
     */
    public String phrase() {
        return deadline.phrase().orElseThrow();
    }
}
