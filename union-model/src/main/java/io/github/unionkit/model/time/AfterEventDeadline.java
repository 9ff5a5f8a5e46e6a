package io.github.unionkit.model.time;

import io.github.unionkit.model.time.internal.DeadlineSupport;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A term counted from an event, not from the document: "в двухнедельный срок после их проведения",
 * "в течение 10 дней после проведения конференции", "по итогам года". The anchor is the event as
 * written ({@link #event()}); until a date for it is supplied the deadline has no days — window
 * {@link LocalDateRange#ALL}, no last day, status {@link DeadlineStatus#UNKNOWN} — and it is never
 * anchored to the document date.
 *
 * <p>{@link #resolveAt(LocalDate)} resolves it once the event's date is known, by the same rules as a
 * term counted from the document (Civil Code arts. 191–192, see {@link RelativeTerm}): with a term,
 * no later than the term's last day, window from the event's date; without one ("по итогам
 * конференции"), a duty from the event's date on with no last day.
 *
 * <p>Built by {@link Deadline#afterEvent(String, RelativeTerm)} and {@link Deadline#afterEvent(String)};
 * immutable and thread-safe.
 */
public final class AfterEventDeadline extends AbstractDeadline implements Deadline {
    private final String event;
    private final RelativeTerm term;

    private AfterEventDeadline(AfterEventDeadline source, String phrase) {
        super(source, phrase);
        this.event = source.event;
        this.term = source.term;
    }


    private AfterEventDeadline(String event, RelativeTerm term, String phrase) {
        super(DeadlineKind.AFTER_EVENT, "AfterEvent", LocalDateRange.ALL, phrase);
        this.event = DeadlineSupport.checkPhrase(Objects.requireNonNull(event, "event"));
        this.term = term;
    }

    /**
     * Creates the deadline without a phrase.
     *
     * @param event the event as written, e.g. "после проведения конференции", not blank
     * @param term the term after it, or null for none
     * @return the deadline
     */
    static AfterEventDeadline of(String event, RelativeTerm term) {
        return new AfterEventDeadline(event, term, null);
    }

    /**
     * Returns the event the term is counted from, as written: "после проведения конференции", "по
     * итогам года".
     *
     * @return the event, never blank
     */
    public String event() {
        return event;
    }

    /**
     * Returns the term after the event.
     *
     * @return the term, or empty when the duty simply follows the event ("по итогам года")
     */
    public Optional<RelativeTerm> term() {
        return Optional.ofNullable(term);
    }


    /**
     * Resolves the deadline once the event's date is known, for calendar terms and no term.
     *
     * @param eventDate the day the event took place, not null
     * @return {@code noLaterThan(eventDate, term's last day)} or, without a term,
     *     {@code ongoing(eventDate)}; carrying this deadline's phrase, if any
     * @throws IllegalStateException if the term is in working days: use
     *     {@link #resolveAt(LocalDate, WorkingDayCalendar)}
     */
    public Deadline resolveAt(LocalDate eventDate) {
        Objects.requireNonNull(eventDate, "eventDate");
        Deadline resolved = term == null ? Deadline.ongoing(eventDate)
                : Deadline.noLaterThan(eventDate, term.lastDayFrom(eventDate));
        return phrase().map(resolved::withPhrase).orElse(resolved);
    }

    /**
     * Resolves the deadline once the event's date is known, counting working days by a calendar.
     *
     * @param eventDate the day the event took place, not null
     * @param calendar the working-day calendar, not null
     * @return the deadline as {@link #resolveAt(LocalDate)} says, or empty if the term is in working
     *     days and the calendar does not cover them
     */
    public Optional<Deadline> resolveAt(LocalDate eventDate, WorkingDayCalendar calendar) {
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(calendar, "calendar");
        if (term == null || term.unit() != RelativeTerm.Unit.WORKING_DAYS) {
            return Optional.of(resolveAt(eventDate));
        }
        return term.lastDayFrom(eventDate, calendar).map(last -> {
            Deadline resolved = Deadline.noLaterThan(eventDate, last);
            return phrase().map(resolved::withPhrase).orElse(resolved);
        });
    }

    @Override
    public AfterEventDeadline withPhrase(String phrase) {
        return new AfterEventDeadline(this, Objects.requireNonNull(phrase, "phrase"));
    }

    @Override
    public AfterEventDeadline withoutPhrase() {
        return hasPhrase() ? new AfterEventDeadline(this, null) : this;
    }

    @Override
    public <R> R accept(DeadlineVisitor<R> visitor) {
        return visitor.visitAfterEvent(this);
    }

    @Override
    Object[] values() {
        return term == null ? new Object[] {DeadlineSupport.quote(event)}
                : new Object[] {DeadlineSupport.quote(event), term};
    }

    @Override
    boolean sameValues(AbstractDeadline other) {
        AfterEventDeadline that = (AfterEventDeadline) other;
        return Objects.equals(event, that.event) && Objects.equals(term, that.term);
    }

    @Override
    int valuesHash() {
        int hash = 1;
        hash = 31 * hash + Objects.hashCode(event);
        hash = 31 * hash + Objects.hashCode(term);
        return hash;
    }
}
