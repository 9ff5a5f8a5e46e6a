package io.github.unionkit.model.member;

import io.github.unionkit.model.member.InvalidMemberException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the union as the membership registry holds them: id, category, primary organization,
 * admission and (once they leave) exit, their dated history, and optional personal data (card, name,
 * birth date).
 *
 * <p>The history (decision 0030): {@link #admissionDate()} is the first admission and {@link #exit()}
 * the end of the membership, if it has ended; {@link #interruptions()} are the breaks between
 * (an exit with its reason, then a re-admission), so the membership is a list of {@link #spells()}.
 * {@link #category()} and {@link #primaryOrganization()} are those at the first admission;
 * {@link #categoryChanges()} (a retirement, a student who starts working) and {@link #transfers()} to
 * other primary organizations change them from a date on. A member without history is exactly the
 * single-spell member of earlier versions.
 *
 * <p>Nothing is stored as "current": status, category and organization are pure functions of a date
 * ({@link #statusAsOf(LocalDate)}, {@link #categoryOn(LocalDate)}, {@link #organizationOn(LocalDate)}),
 * so nothing needs refreshing as time passes. Invariants, checked once when the member is built
 * (violations throw {@link InvalidMemberException} naming only the id): each exit date is not before
 * the start of its spell and the spells follow each other; category changes and transfers are dated
 * after the first admission, before the final exit, strictly in order, and each changes something;
 * the birth date, if known, is not after the admission date.
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
     * The breaks of the membership between the first admission and the final exit, in date order.
     *
     * @return the interruptions, empty for a single spell
     */
    @NotNull
    public abstract List<MembershipInterruption> interruptions();

    /**
     * The dated changes of the category after the first admission, in date order.
     *
     * @return the changes, empty if the category never changed
     */
    @NotNull
    public abstract List<CategoryChange> categoryChanges();

    /**
     * The dated transfers to other primary organizations after the first admission, in date order.
     *
     * @return the transfers, empty if the member never moved
     */
    @NotNull
    public abstract List<Transfer> transfers();

    /**
     * The card numbers the member held before {@link #card()}: replaced cards, which no longer prove
     * membership. Personal data.
     *
     * @return the former card numbers, oldest first; empty if no card was replaced
     */
    @NotNull
    public abstract List<CardNumber> formerCards();

    /**
     * Tells whether the member has any history: an interruption, a category change, a transfer or a
     * replaced card.
     *
     * @return true if one of the four lists is not empty
     */
    public boolean hasHistory() {
        return !interruptions().isEmpty() || !categoryChanges().isEmpty() || !transfers().isEmpty()
                || !formerCards().isEmpty();
    }

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
     * Returns the membership status on {@code date}: {@link MembershipStatus#NOT_YET_ADMITTED} before
     * the first admission, {@link MembershipStatus#ACTIVE} within a spell, {@link MembershipStatus#LEFT}
     * within an interruption or from the final exit on (see {@link MembershipStatus} for one spell).
     *
     * @param date the date asked about, not null
     * @return exactly one status
     */
    public MembershipStatus statusAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(admissionDate())) {
            return MembershipStatus.NOT_YET_ADMITTED;
        }
        LocalDate start = admissionDate();
        for (MembershipInterruption interruption : interruptions()) {
            if (date.isBefore(interruption.exit().date())) {
                return MembershipStatus.ACTIVE;
            }
            if (date.isBefore(interruption.readmission())) {
                return MembershipStatus.LEFT;
            }
            start = interruption.readmission();
        }
        return MembershipStatus.of(start, exit().map(MembershipExit::date), date);
    }

    /**
     * Returns the first day of the spell that makes the member active on {@code date}: the admission
     * or the re-admission on or before it.
     *
     * @param date the date asked about, not null
     * @return the start of the spell, or empty if the member is not active on {@code date}
     */
    public Optional<LocalDate> activeSince(LocalDate date) {
        if (statusAsOf(date) != MembershipStatus.ACTIVE) {
            return Optional.empty();
        }
        LocalDate start = admissionDate();
        for (MembershipInterruption interruption : interruptions()) {
            if (interruption.readmission().isAfter(date)) {
                break;
            }
            start = interruption.readmission();
        }
        return Optional.of(start);
    }

    /**
     * Returns the exit that ended the membership most recently on or before {@code date}: why a member
     * who has {@link MembershipStatus#LEFT} on that date is not active.
     *
     * @param date the date asked about, not null
     * @return the exit, or empty if the member is active or not yet admitted on {@code date}
     */
    public Optional<MembershipExit> exitAsOf(LocalDate date) {
        if (statusAsOf(date) != MembershipStatus.LEFT) {
            return Optional.empty();
        }
        MembershipExit last = null;
        for (MembershipInterruption interruption : interruptions()) {
            if (interruption.exit().date().isAfter(date)) {
                break;
            }
            last = interruption.exit();
        }
        if (exit().isPresent() && !exit().get().date().isAfter(date)) {
            last = exit().get();
        }
        return Optional.ofNullable(last);
    }

    /**
     * Returns the spells of the membership in date order: from the admission to the first
     * interruption's exit, from each re-admission to the next exit, the last one open while the
     * membership lasts.
     *
     * @return one spell more than there are interruptions
     */
    public List<MembershipSpell> spells() {
        List<MembershipSpell> spells = new ArrayList<>(interruptions().size() + 1);
        LocalDate start = admissionDate();
        for (MembershipInterruption interruption : interruptions()) {
            spells.add(new MembershipSpell(start, Optional.of(interruption.exit())));
            start = interruption.readmission();
        }
        spells.add(new MembershipSpell(start, exit()));
        return List.copyOf(spells);
    }

    /**
     * Returns the category in effect on {@code date}: the last change dated on or before it, else the
     * category at admission. It is defined whatever the status on that date.
     *
     * @param date the date asked about, not null
     * @return the category
     */
    public MemberCategory categoryOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        MemberCategory category = category();
        for (CategoryChange change : categoryChanges()) {
            if (change.date().isAfter(date)) {
                break;
            }
            category = change.category();
        }
        return category;
    }

    /**
     * Returns the primary organization the member is registered in on {@code date}: the last transfer
     * dated on or before it, else the organization at admission. It is defined whatever the status on
     * that date.
     *
     * @param date the date asked about, not null
     * @return the organization's id
     */
    public OrganizationId organizationOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        OrganizationId organization = primaryOrganization();
        for (Transfer transfer : transfers()) {
            if (transfer.date().isAfter(date)) {
                break;
            }
            organization = transfer.to();
        }
        return organization;
    }

    /**
     * Returns every primary organization the member has been registered in: the first, then those of
     * the transfers, in order.
     *
     * @return at least one organization id
     */
    public List<OrganizationId> organizations() {
        List<OrganizationId> all = new ArrayList<>(transfers().size() + 1);
        all.add(primaryOrganization());
        for (Transfer transfer : transfers()) {
            all.add(transfer.to());
        }
        return List.copyOf(all);
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
        LocalDate start = admissionDate();
        for (MembershipInterruption interruption : interruptions()) {
            if (interruption.exit().date().isBefore(start)) {
                throw new InvalidMemberException(ErrorType.INTERRUPTION_OUT_OF_ORDER, id(),
                        "an interruption's exit date is before the start of its spell");
            }
            start = interruption.readmission();
        }
        if (exit().isPresent() && exit().get().date().isBefore(start)) {
            throw new InvalidMemberException(ErrorType.EXIT_BEFORE_ADMISSION, id(),
                    "the exit date is before the admission date");
        }
        // members without history are the millions of a registry import: nothing is allocated for them
        if (!categoryChanges().isEmpty()) {
            checkChanges(categoryChanges().stream().map(CategoryChange::date).toList(),
                    categoryChanges().stream().map(CategoryChange::category).toList(), category(), "category change");
        }
        if (!transfers().isEmpty()) {
            checkChanges(transfers().stream().map(Transfer::date).toList(),
                    transfers().stream().map(Transfer::to).toList(), primaryOrganization(), "transfer");
        }
        if (!formerCards().isEmpty()) {
            java.util.Set<CardNumber> cards = new java.util.HashSet<>(formerCards());
            card().ifPresent(cards::add);
            if (cards.size() != formerCards().size() + (card().isPresent() ? 1 : 0)) {
                throw new InvalidMemberException(ErrorType.CARD_REPEATED, id(), "a card number is listed twice");
            }
        }
        if (birthDate().isPresent() && birthDate().get().isAfter(admissionDate())) {
            // The birth date is personal data and stays out of the message.
            throw new InvalidMemberException(ErrorType.BORN_AFTER_ADMISSION, id(),
                    "the birth date is after the admission date");
        }
    }

    /** Dated changes: after the admission, before the final exit, in order, each to a new value. */
    private void checkChanges(List<LocalDate> dates, List<?> values, Object initial, String what) {
        LocalDate previous = admissionDate();
        Object value = initial;
        for (int i = 0; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(previous)) {
                throw new InvalidMemberException(ErrorType.CHANGE_OUT_OF_ORDER, id(),
                        "a " + what + " is not after the admission and the change before it");
            }
            if (exit().isPresent() && !dates.get(i).isBefore(exit().get().date())) {
                throw new InvalidMemberException(ErrorType.CHANGE_AFTER_EXIT, id(),
                        "a " + what + " is on or after the final exit");
            }
            if (values.get(i).equals(value)) {
                throw new InvalidMemberException(ErrorType.CHANGE_WITHOUT_EFFECT, id(),
                        "a " + what + " keeps the value it had");
            }
            previous = dates.get(i);
            value = values.get(i);
        }
    }

    /**
     * Returns the id, category, primary organization and membership dates, e.g.
     * {@code Member[id=30-000123, category=EMPLOYEE, primaryOrganization=30.ahtuba.school-1,
     * admissionDate=2015-09-01, exit=2021-06-30 VOLUNTARY, ...]} with the sizes of the history lists.
     * Never the name, card number or birth date; only whether they are present.
     *
     * @return a description without personal data
     */
    @Override
    public String toString() {
        return "Member[id=" + id() + ", category=" + category() + ", primaryOrganization=" + primaryOrganization()
                + ", admissionDate=" + admissionDate()
                + ", exit=" + exit().map(e -> e.date() + " " + e.reason()).orElse("none")
                + (hasHistory() ? ", interruptions=" + interruptions().size() + ", categoryChanges="
                        + categoryChanges().size() + ", transfers=" + transfers().size() + ", formerCards="
                        + formerCards().size() : "")
                + ", card=" + (card().isPresent() ? "present" : "none")
                + ", name=" + (name().isPresent() ? "present" : "none")
                + ", birthDate=" + (birthDate().isPresent() ? "present" : "none") + "]";
    }

    /**
     * Builds {@link Member}s. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final ImmutableMember.Builder delegate = ImmutableMember.generatedBuilder();

        Builder() {
        }

        /**
         * Copies every attribute of an existing value into this builder.
         *
         * @param instance the value to copy, not null
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder from(Member instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets {@link Member#id()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder id(MemberId value) {
            delegate.id(value);
            return this;
        }

        /**
         * Sets {@link Member#category()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder category(MemberCategory value) {
            delegate.category(value);
            return this;
        }

        /**
         * Sets {@link Member#primaryOrganization()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder primaryOrganization(OrganizationId value) {
            delegate.primaryOrganization(value);
            return this;
        }

        /**
         * Sets {@link Member#admissionDate()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder admissionDate(LocalDate value) {
            delegate.admissionDate(value);
            return this;
        }

        /**
         * Sets {@link Member#exit()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder exit(MembershipExit value) {
            delegate.exit(value);
            return this;
        }

        /**
         * Sets {@link Member#exit()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder exit(Optional<? extends MembershipExit> value) {
            delegate.exit(value);
            return this;
        }

        /**
         * Adds an element to {@link Member#interruptions()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addInterruptions(MembershipInterruption element) {
            delegate.addInterruptions(element);
            return this;
        }

        /**
         * Adds the elements to {@link Member#interruptions()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addInterruptions(MembershipInterruption... elements) {
            delegate.addInterruptions(elements);
            return this;
        }

        /**
         * Replaces {@link Member#interruptions()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder interruptions(Iterable<? extends MembershipInterruption> elements) {
            delegate.interruptions(elements);
            return this;
        }

        /**
         * Adds every element to {@link Member#interruptions()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllInterruptions(Iterable<? extends MembershipInterruption> elements) {
            delegate.addAllInterruptions(elements);
            return this;
        }

        /**
         * Adds an element to {@link Member#categoryChanges()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addCategoryChanges(CategoryChange element) {
            delegate.addCategoryChanges(element);
            return this;
        }

        /**
         * Adds the elements to {@link Member#categoryChanges()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addCategoryChanges(CategoryChange... elements) {
            delegate.addCategoryChanges(elements);
            return this;
        }

        /**
         * Replaces {@link Member#categoryChanges()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder categoryChanges(Iterable<? extends CategoryChange> elements) {
            delegate.categoryChanges(elements);
            return this;
        }

        /**
         * Adds every element to {@link Member#categoryChanges()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllCategoryChanges(Iterable<? extends CategoryChange> elements) {
            delegate.addAllCategoryChanges(elements);
            return this;
        }

        /**
         * Adds an element to {@link Member#transfers()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addTransfers(Transfer element) {
            delegate.addTransfers(element);
            return this;
        }

        /**
         * Adds the elements to {@link Member#transfers()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addTransfers(Transfer... elements) {
            delegate.addTransfers(elements);
            return this;
        }

        /**
         * Replaces {@link Member#transfers()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder transfers(Iterable<? extends Transfer> elements) {
            delegate.transfers(elements);
            return this;
        }

        /**
         * Adds every element to {@link Member#transfers()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllTransfers(Iterable<? extends Transfer> elements) {
            delegate.addAllTransfers(elements);
            return this;
        }

        /**
         * Adds an element to {@link Member#formerCards()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addFormerCards(CardNumber element) {
            delegate.addFormerCards(element);
            return this;
        }

        /**
         * Adds the elements to {@link Member#formerCards()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addFormerCards(CardNumber... elements) {
            delegate.addFormerCards(elements);
            return this;
        }

        /**
         * Replaces {@link Member#formerCards()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder formerCards(Iterable<? extends CardNumber> elements) {
            delegate.formerCards(elements);
            return this;
        }

        /**
         * Adds every element to {@link Member#formerCards()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllFormerCards(Iterable<? extends CardNumber> elements) {
            delegate.addAllFormerCards(elements);
            return this;
        }

        /**
         * Sets {@link Member#card()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder card(CardNumber value) {
            delegate.card(value);
            return this;
        }

        /**
         * Sets {@link Member#card()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder card(Optional<? extends CardNumber> value) {
            delegate.card(value);
            return this;
        }

        /**
         * Sets {@link Member#name()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder name(PersonName value) {
            delegate.name(value);
            return this;
        }

        /**
         * Sets {@link Member#name()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder name(Optional<? extends PersonName> value) {
            delegate.name(value);
            return this;
        }

        /**
         * Sets {@link Member#birthDate()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder birthDate(LocalDate value) {
            delegate.birthDate(value);
            return this;
        }

        /**
         * Sets {@link Member#birthDate()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder birthDate(Optional<? extends LocalDate> value) {
            delegate.birthDate(value);
            return this;
        }

        /**
         * Builds the value, checking its invariants.
         *
         * @return a new immutable value
         * @throws IllegalStateException if a required attribute was not set
         */
        public Member build() {
            return delegate.build();
        }
    }
}
