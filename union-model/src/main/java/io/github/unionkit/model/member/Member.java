package io.github.unionkit.model.member;

import io.github.unionkit.model.member.InvalidMemberException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the union as the membership registry holds them: id, category, primary organization,
 * admission and (once they leave) exit, and optional personal data (card, name, birth date).
 *
 * <p>The status is never stored: {@link #statusAsOf(LocalDate)} computes it from the dates (see
 * {@link MembershipStatus}), so nothing needs refreshing as time passes. Invariants, checked once when
 * the member is built (violations throw {@link InvalidMemberException} naming only the id): the exit
 * date is not before the admission date, and the birth date, if known, is not after it.
 *
 * <p>A member is personal data (152-FZ): {@link #toString()} prints the id, category, organization and
 * membership dates only — never the name, card number or birth date. Instances are immutable and
 * thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract class Member {

    Member() {
    }

    /**
     * Returns a new builder. Required: {@code id}, {@code category}, {@code primaryOrganization} and
     * {@code admissionDate}.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this member, for example to record an exit.
     *
     * @return a new builder holding this member's attributes
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /**
     * The member's registry id.
     *
     * @return the id
     */
    @NotNull
    public abstract MemberId id();

    /**
     * The member's category: employee, non-working pensioner or student.
     *
     * @return the category
     */
    @NotNull
    public abstract MemberCategory category();

    /**
     * The primary organization the member is registered in (состоит на учёте).
     *
     * @return the organization's id
     */
    @NotNull
    public abstract OrganizationId primaryOrganization();

    /**
     * The admission date, the first day of membership.
     *
     * @return the admission date
     */
    @NotNull
    public abstract LocalDate admissionDate();

    /**
     * The end of the membership, once the member has left; the exit date is the first day the person is
     * no longer a member.
     *
     * @return the exit, or empty while the membership lasts
     */
    @NotNull
    public abstract Optional<@Valid MembershipExit> exit();

    /**
     * The membership card number, if issued. Personal data.
     *
     * @return the card number, if any
     */
    @NotNull
    public abstract Optional<@Valid CardNumber> card();

    /**
     * The member's name, if the registry holds it. Personal data.
     *
     * @return the name, if known
     */
    @NotNull
    public abstract Optional<@Valid PersonName> name();

    /**
     * The member's birth date, if the registry holds it. Personal data.
     *
     * @return the birth date, if known
     */
    @NotNull
    public abstract Optional<@Past LocalDate> birthDate();

    /**
     * Returns the membership status on {@code date}; see {@link MembershipStatus} for the rule.
     *
     * @param date the date asked about, not null
     * @return exactly one status
     */
    public MembershipStatus statusAsOf(LocalDate date) {
        return MembershipStatus.of(admissionDate(), exit().map(MembershipExit::date), date);
    }

    /**
     * Returns the membership status today according to {@code clock} (in the clock's zone).
     *
     * @param clock the clock to read, not null
     * @return exactly one status
     */
    public MembershipStatus statusAsOf(Clock clock) {
        return statusAsOf(LocalDate.now(Objects.requireNonNull(clock, "clock")));
    }

    /**
     * Tells whether the member is active on {@code date}: admission ≤ date &lt; exit.
     *
     * @param date the date asked about, not null
     * @return true if {@link #statusAsOf(LocalDate)} is {@link MembershipStatus#ACTIVE}
     */
    public boolean isActiveOn(LocalDate date) {
        return statusAsOf(date) == MembershipStatus.ACTIVE;
    }

    @Value.Check
    void check() {
        if (exit().isPresent() && exit().get().date().isBefore(admissionDate())) {
            throw new InvalidMemberException(ErrorType.EXIT_BEFORE_ADMISSION, id(),
                    "the exit date is before the admission date");
        }
        if (birthDate().isPresent() && birthDate().get().isAfter(admissionDate())) {
            // The birth date is personal data and stays out of the message.
            throw new InvalidMemberException(ErrorType.BORN_AFTER_ADMISSION, id(),
                    "the birth date is after the admission date");
        }
    }

    /**
     * Returns the id, category, primary organization and membership dates, e.g.
     * {@code Member[id=30-000123, category=EMPLOYEE, primaryOrganization=30.ahtuba.school-1,
     * admissionDate=2015-09-01, exit=2021-06-30 VOLUNTARY]}. Never the name, card number or birth date;
     * only whether they are present.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Member[id=" + id() + ", category=" + category() + ", primaryOrganization=" + primaryOrganization()
                + ", admissionDate=" + admissionDate()
                + ", exit=" + exit().map(e -> e.date() + " " + e.reason()).orElse("none")
                + ", card=" + (card().isPresent() ? "present" : "none")
                + ", name=" + (name().isPresent() ? "present" : "none")
                + ", birthDate=" + (birthDate().isPresent() ? "present" : "none") + "]";
    }

    /**
     * Builds {@link Member}s. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder extends ImmutableMember.Builder {
        Builder() {
        }
    }
}
