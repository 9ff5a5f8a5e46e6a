package io.github.unionkit.model.decree;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.Term;
import java.util.Collection;
import java.util.Objects;

/**
 * Hands out decree numbers within one body's term, in the education union's {@code N-M} scheme
 * (meeting N of the term, question M of that meeting) or another counter-based scheme.
 *
 * <p>The allocator is an immutable value: {@link #nextQuestion()} and {@link #nextMeeting()} return the
 * allocated number together with the allocator that follows, so concurrent callers cannot hand out the
 * same number twice by accident, and an allocator can be rebuilt from a register with
 * {@link #resumeAfter(Body, Term, NumberingScheme, Collection)}.
 */
public final class DecreeNumberAllocator {

    private final Body body;
    private final Term term;
    private final NumberingScheme scheme;
    private final int meeting;
    private final int question;
    /** The digits a sequential number is written with at least: the register's zero padding («007»). */
    private final int width;

    private DecreeNumberAllocator(Body body, Term term, NumberingScheme scheme, int meeting, int question) {
        this(body, term, scheme, meeting, question, 1);
    }

    private DecreeNumberAllocator(Body body, Term term, NumberingScheme scheme, int meeting, int question,
            int width) {
        this.body = Objects.requireNonNull(body, "body");
        this.term = Objects.requireNonNull(term, "term");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        if (scheme != NumberingScheme.MEETING_ITEM && scheme != NumberingScheme.DOTTED
                && scheme != NumberingScheme.SLASHED && scheme != NumberingScheme.SEQUENTIAL) {
            throw new IllegalArgumentException("the allocator supports MEETING_ITEM, DOTTED, SLASHED and SEQUENTIAL, not "
                    + scheme);
        }
        if (meeting < 0 || question < 0) {
            throw new IllegalArgumentException("counters must be >= 0");
        }
        this.meeting = meeting;
        this.question = question;
        this.width = width;
    }

    /**
     * Returns an allocator at the start of a term: no meeting held yet.
     *
     * @param body the body, not null
     * @param term the term, not null
     * @param scheme the scheme: {@code MEETING_ITEM}, {@code DOTTED}, {@code SLASHED} or {@code SEQUENTIAL}
     * @return the allocator
     * @throws IllegalArgumentException for the composite schemes ({@code MEETING_ITEM_SUB}, {@code JOINT})
     */
    public static DecreeNumberAllocator startOf(Body body, Term term, NumberingScheme scheme) {
        return new DecreeNumberAllocator(body, term, scheme, 0, 0);
    }

    /**
     * Returns an allocator positioned after the numbers already used in a register: the highest meeting
     * and, within it, the highest question (or the highest sequence number). Sequential numbers keep
     * the register's zero padding: after «007» comes «008», after «099» comes «100».
     *
     * @param body the body, not null
     * @param term the term, not null
     * @param scheme the scheme, as for {@link #startOf(Body, Term, NumberingScheme)}
     * @param used the numbers already issued in the term, not null
     * @return the allocator
     * @throws IllegalArgumentException if a used number is of another scheme
     */
    public static DecreeNumberAllocator resumeAfter(Body body, Term term, NumberingScheme scheme,
            Collection<DecreeNumber> used) {
        Objects.requireNonNull(used, "used");
        int meeting = 0;
        int question = 0;
        int width = 1;
        for (DecreeNumber n : used) {
            if (n.scheme() != scheme) {
                throw new IllegalArgumentException("number " + n + " is " + n.scheme() + ", not " + scheme);
            }
            if (scheme == NumberingScheme.SEQUENTIAL) {
                question = Math.max(question, n.sequence().orElseThrow());
                String written = n.toString();
                if (written.length() > 1 && written.charAt(0) == '0') {
                    // the register pads its numbers («007»): the next ones keep that width
                    width = Math.max(width, written.length());
                }
            } else {
                int m = n.meetingNumber().orElseThrow();
                int q = n.itemNumber().orElseThrow();
                if (m > meeting) {
                    meeting = m;
                    question = q;
                } else if (m == meeting) {
                    question = Math.max(question, q);
                }
            }
        }
        return new DecreeNumberAllocator(body, term, scheme, meeting, question, width);
    }

    /**
     * Opens the next meeting of the term; its first question gets number 1.
     *
     * @return an allocator positioned at the new meeting, before its first question
     * @throws IllegalStateException for the sequential scheme, which has no meetings
     */
    public DecreeNumberAllocator nextMeeting() {
        if (scheme == NumberingScheme.SEQUENTIAL) {
            throw new IllegalStateException("the sequential scheme has no meeting counter");
        }
        return new DecreeNumberAllocator(body, term, scheme, Math.addExact(meeting, 1), 0);
    }

    /**
     * Allocates the next question of the current meeting (or the next sequence number).
     *
     * @return the number and the allocator that follows it
     * @throws IllegalStateException if no meeting has been opened in a meeting-based scheme
     */
    public Allocation nextQuestion() {
        if (scheme != NumberingScheme.SEQUENTIAL && meeting == 0) {
            throw new IllegalStateException("open a meeting with nextMeeting() first");
        }
        int q = Math.addExact(question, 1);
        DecreeNumber number;
        switch (scheme) {
            case DOTTED:
                number = DecreeNumber.dotted(meeting, q);
                break;
            case SLASHED:
                number = DecreeNumber.slashed(meeting, q);
                break;
            case SEQUENTIAL:
                number = DecreeNumber.sequential(q, width);
                break;
            default:
                number = DecreeNumber.of(meeting, q);
                break;
        }
        return new Allocation(number, new DecreeNumberAllocator(body, term, scheme, meeting, q, width));
    }

    /**
     * Returns the body.
     *
     * @return the body
     */
    public Body body() {
        return body;
    }

    /**
     * Returns the term.
     *
     * @return the term
     */
    public Term term() {
        return term;
    }

    /**
     * Returns the scheme.
     *
     * @return the scheme
     */
    public NumberingScheme scheme() {
        return scheme;
    }

    /**
     * Returns the number of the current meeting, 0 before the first.
     *
     * @return the meeting counter
     */
    public int currentMeeting() {
        return meeting;
    }

    /**
     * Returns the last question number allocated in the current meeting (or the last sequence number).
     *
     * @return the question counter
     */
    public int lastQuestion() {
        return question;
    }

    @Override
    public String toString() {
        return "DecreeNumberAllocator[" + body.kind() + " of " + body.organization() + ", term " + term.number()
                + ", " + scheme + ", meeting " + meeting + ", question " + question + "]";
    }

    /**
     * An allocated number and the allocator to use for the next one.
     *
     * @param number the allocated number
     * @param next the allocator after the allocation
     */
    public record Allocation(DecreeNumber number, DecreeNumberAllocator next) {
        /**
         * Creates the pair.
         *
         * @param number not null
         * @param next not null
         */
        public Allocation {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(next, "next");
        }
    }
}
