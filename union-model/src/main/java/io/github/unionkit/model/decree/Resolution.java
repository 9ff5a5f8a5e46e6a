package io.github.unionkit.model.decree;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.internal.ClosedRanges;
import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.meeting.Meeting;
import io.github.unionkit.model.org.OrganizationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A resolution (постановление) of a union body: who issued it, when and where, its number, title,
 * preamble and operative formula, its tree of numbered clauses, the decrees it refers to, its control
 * clause, its signatory and its attachments.
 *
 * <p>Every text is whitespace-normalised on construction (see {@link TextNormalizer}), so a resolution
 * read from a document equals one written in code exactly when they differ only in whitespace.
 *
 * <p>What a document does not say is absent, never a placeholder: the number, the adoption dates, the
 * issuing body, the title and the operative formula are optional, because a draft has no number or
 * date yet and a document read from text may lack any of them. Whether an adopted resolution lacks a
 * required element is a finding of the rules (UK-DECREE-009), not an exception here.
 *
 * <p>Invariants, checked when the resolution is built: top-level clause numbers have one component
 * (each clause checks that its children's numbers are its direct children); the numbering is kept as
 * the document writes it, so a gap or repeat is kept and reported by the rules, never renumbered; the
 * adoption dates, if present, form a closed range (one day, or the days of a multi-day meeting); no
 * present text is blank (issuer name, title, formula, place, header line, preamble paragraph); the
 * control clause, if any, is one of the resolution's clauses.
 *
 * <p>{@link #toString()} prints identifying data only (issuer, number, adoption dates, clause count):
 * the texts of a resolution may name persons. Instances are immutable and thread-safe; build them with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class Resolution {

    Resolution() {
    }

    /**
     * Returns a new builder. {@link Builder#build()} throws {@link IllegalStateException} if a required
     * attribute is missing and {@link InvalidResolutionException} if an invariant is broken.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an adopted resolution of its essentials: number, day of adoption, issuing body and
     * clauses, {@code Resolution.of(DecreeNumber.parse("3-1"), LocalDate.of(2020, 12, 18),
     * Body.of(COMMITTEE, ast), clauses)}. Every other element is absent; {@link #builder()} (or
     * {@code builder().from(resolution)}) adds a title, a preamble, a control clause, a signatory…
     *
     * @param number the decree number, not null
     * @param adoptedOn the day of adoption, not null
     * @param issuer the issuing body, not null
     * @param clauses the top-level clauses in order, not null, none null
     * @return the resolution
     * @throws NullPointerException if an argument is null
     * @throws InvalidResolutionException if an invariant is broken (a top-level clause that is not a
     *     root, say)
     */
    public static Resolution of(DecreeNumber number, LocalDate adoptedOn, Body issuer, List<Clause> clauses) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clauses, "clauses");
        return builder().number(number).adoptedOn(adoptedOn).issuer(issuer).addAllClauses(clauses).build();
    }

    /**
     * Returns whether the document is a draft (проект): a resolution not yet adopted, which has no
     * number or adoption date yet. Rules that require those elements of an adopted resolution do not
     * require them of a draft.
     *
     * @return true for a draft; false (the default) for an adopted resolution
     */
    @Value.Default
    public boolean draft() {
        return false;
    }

    /**
     * Returns the kind of the issuing body, if the document names it.
     *
     * @return the body kind (e.g. {@link BodyKind#PRESIDIUM}), or empty when it could not be read
     */
    @NotNull
    public abstract Optional<BodyKind> issuerKind();

    /**
     * Returns the organization whose body issued the resolution, if it is known.
     *
     * @return the organization's id, or empty when it could not be resolved
     */
    @NotNull
    public abstract Optional<OrganizationId> issuerOrganization();

    /**
     * Returns the issuing body, when both its kind and its organization are known.
     *
     * @return the body, e.g. the committee of the Astrakhan regional organization, or empty
     */
    public final Optional<@Valid Body> issuer() {
        if (issuerKind().isPresent() && issuerOrganization().isPresent()) {
            return Optional.of(Body.of(issuerKind().get(), issuerOrganization().get()));
        }
        return Optional.empty();
    }

    /**
     * Returns the issuing body's name as the header writes it ("КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ
     * ПРОФСОЮЗА"), if the document gives it.
     *
     * @return the name, never blank, or empty
     */
    @NotNull
    public abstract Optional<String> issuerName();

    /**
     * Returns the header lines above the date, one per line of the document, blank lines dropped.
     *
     * @return the lines, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<String> headerLines();

    /**
     * Returns the meeting at which the resolution was adopted, if the document says.
     *
     * @return the meeting, or empty
     */
    @NotNull
    public abstract Optional<@Valid Meeting> meeting();

    /**
     * Returns the resolution's number, if it has one: a draft has none, and a document whose number
     * could not be read has none either (never a placeholder).
     *
     * @return the number, e.g. 3-1, or empty
     */
    @NotNull
    public abstract Optional<DecreeNumber> number();

    /**
     * Returns the adoption date or dates, a closed range of at least one day, if known: a draft has
     * none, and a document whose date could not be read has none either (never a placeholder).
     *
     * @return the dates, or empty
     */
    @NotNull
    public abstract Optional<LocalDateRange> adopted();

    /**
     * Returns the place of adoption as written ("г. Астрахань"), if given.
     *
     * @return the place, or empty
     */
    @NotNull
    public abstract Optional<String> place();

    /**
     * Returns the title ("Об итогах работы VIII съезда …"), if the document has one.
     *
     * @return the title, never blank, or empty
     */
    @NotNull
    public abstract Optional<String> title();

    /**
     * Returns the preamble, one entry per paragraph.
     *
     * @return the paragraphs, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<String> preamble();

    /**
     * Returns the operative formula as written ("Комитет областной организации Профсоюза
     * постановляет:"), if the document has one.
     *
     * @return the formula, never blank, or empty
     */
    @NotNull
    public abstract Optional<String> operativeFormula();

    /**
     * Returns the top-level clauses, in document order, numbered as the document numbers them. A gap
     * or a repeat in the numbering is kept as written (rule UK-CLAUSE-002 reports it), never renumbered.
     *
     * @return the clauses, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<@Valid Clause> clauses();

    /**
     * Returns the references to other decrees, in the order they occur in the text.
     *
     * @return the references, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<@Valid DecreeReference> references();

    /**
     * Returns the control clause, if the resolution has one.
     *
     * @return the control clause, or empty
     */
    @NotNull
    public abstract Optional<@Valid ControlClause> controlClause();

    /**
     * Returns who signs the resolution, if the document says.
     *
     * @return the signatory, or empty
     */
    @NotNull
    public abstract Optional<@Valid Signatory> signatory();

    /**
     * Returns the attachments.
     *
     * @return the attachments, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<@Valid Attachment> attachments();

    /**
     * Returns the document date: the first day of adoption, against which deadlines written without a
     * year or from "now" are resolved.
     *
     * @return the first adoption day, or empty when the adoption date is unknown
     */
    public final Optional<LocalDate> documentDate() {
        return adopted().map(LocalDateRange::getStart);
    }

    /**
     * Returns every clause, depth-first in document order (1, 2, 3, 3.1, 3.1.1, …).
     *
     * @return the clauses, unmodifiable
     */
    @Value.Lazy
    public List<Clause> allClauses() {
        List<Clause> out = new ArrayList<>();
        for (Clause clause : clauses()) {
            out.addAll(clause.depthFirst());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns every assignment, in the depth-first document order of the clauses that state them.
     *
     * @return the assignments, unmodifiable
     */
    @Value.Lazy
    public List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (Clause clause : allClauses()) {
            clause.assignment().ifPresent(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Finds a clause by number.
     *
     * @param number the number, not null
     * @return the clause with that number, or empty
     * @throws NullPointerException if {@code number} is null
     */
    public final Optional<Clause> clause(ClauseNumber number) {
        Objects.requireNonNull(number, "number");
        for (Clause clause : allClauses()) {
            if (clause.number().equals(number)) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    /**
     * Normalises the texts, then checks the invariants. Immutables calls this on every built instance.
     *
     * @return this resolution, or a copy with normalised texts
     * @throws InvalidResolutionException if an invariant is broken
     */
    @Value.Check
    Resolution check() {
        Optional<String> issuerName = RequiredText.optional("issuerName", issuerName());
        List<String> headerLines = RequiredText.list("headerLines", headerLines());
        Optional<String> place = RequiredText.optional("place", place());
        Optional<String> title = RequiredText.optional("title", title());
        List<String> preamble = RequiredText.list("preamble", preamble());
        Optional<String> operativeFormula = RequiredText.optional("operativeFormula", operativeFormula());
        if (!issuerName.equals(issuerName()) || !headerLines.equals(headerLines()) || !place.equals(place())
                || !title.equals(title()) || !preamble.equals(preamble())
                || !operativeFormula.equals(operativeFormula())) {
            return builder().from(this).issuerName(issuerName).headerLines(headerLines).place(place).title(title)
                    .preamble(preamble).operativeFormula(operativeFormula).build();
        }
        if (adopted().isPresent()) {
            ClosedRanges.require("adopted", adopted().get());
        }
        for (Clause clause : clauses()) {
            ClauseNumber actual = clause.number();
            if (actual.depth() != 1) {
                throw new InvalidResolutionException(ErrorType.TOP_LEVEL_NOT_ROOT, "clauses", actual,
                        "a top-level clause is numbered " + actual + ", which has more than one component");
            }
        }
        if (controlClause().isPresent()) {
            ClauseNumber control = controlClause().get().number();
            if (clause(control).isEmpty()) {
                throw new InvalidResolutionException(ErrorType.UNKNOWN_CONTROL_CLAUSE, "controlClause", control,
                        "the control clause is not a clause of the resolution");
            }
        }
        return this;
    }

    /**
     * Returns identifying data only; the texts may name persons.
     *
     * @return e.g. {@code Resolution[issuer=PRESIDIUM ast, number=3-1, adopted=2020-12-18/2020-12-19,
     *         clauses=6]}; an absent element prints as {@code ?}, a draft adds {@code draft}
     */
    @Override
    public String toString() {
        return "Resolution[" + (draft() ? "draft, " : "") + "issuer=" + issuerKind().map(Enum::name).orElse("?")
                + " " + issuerOrganization().map(OrganizationId::toString).orElse("?")
                + ", number=" + number().map(DecreeNumber::toString).orElse("?")
                + ", adopted=" + adopted().map(LocalDateRange::toString).orElse("?")
                + ", clauses=" + clauses().size() + "]";
    }

    /**
     * Builds {@link Resolution}s. Not thread-safe; {@link #build()} may be called more than once.
     * Collection setters ({@code addClauses}, {@code clauses}, …) accumulate or replace as their names
     * say; {@code from(resolution)} copies every attribute of an existing resolution.
     */
    public static final class Builder {
        private final ImmutableResolution.Builder delegate = ImmutableResolution.generatedBuilder();

        Builder() {
        }

        /**
         * Copies every attribute of an existing value into this builder.
         *
         * @param instance the value to copy, not null
         * @return this builder
         * @throws NullPointerException if {@code instance} is null
         */
        public Builder from(Resolution instance) {
            delegate.from(instance);
            return this;
        }

        /**
         * Sets {@link Resolution#draft()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value
         * @return this builder
         */
        public Builder draft(boolean value) {
            delegate.draft(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerKind()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerKind(BodyKind value) {
            delegate.issuerKind(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerKind()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerKind(Optional<? extends BodyKind> value) {
            delegate.issuerKind(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerOrganization()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerOrganization(OrganizationId value) {
            delegate.issuerOrganization(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerOrganization()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerOrganization(Optional<? extends OrganizationId> value) {
            delegate.issuerOrganization(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerName()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerName(String value) {
            delegate.issuerName(value);
            return this;
        }

        /**
         * Sets {@link Resolution#issuerName()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder issuerName(Optional<String> value) {
            delegate.issuerName(value);
            return this;
        }

        /**
         * Adds an element to {@link Resolution#headerLines()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addHeaderLines(String element) {
            delegate.addHeaderLines(element);
            return this;
        }

        /**
         * Adds the elements to {@link Resolution#headerLines()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addHeaderLines(String... elements) {
            delegate.addHeaderLines(elements);
            return this;
        }

        /**
         * Replaces {@link Resolution#headerLines()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder headerLines(Iterable<String> elements) {
            delegate.headerLines(elements);
            return this;
        }

        /**
         * Adds every element to {@link Resolution#headerLines()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllHeaderLines(Iterable<String> elements) {
            delegate.addAllHeaderLines(elements);
            return this;
        }

        /**
         * Sets {@link Resolution#meeting()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder meeting(Meeting value) {
            delegate.meeting(value);
            return this;
        }

        /**
         * Sets {@link Resolution#meeting()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder meeting(Optional<? extends Meeting> value) {
            delegate.meeting(value);
            return this;
        }

        /**
         * Sets {@link Resolution#number()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder number(DecreeNumber value) {
            delegate.number(value);
            return this;
        }

        /**
         * Sets {@link Resolution#number()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder number(Optional<? extends DecreeNumber> value) {
            delegate.number(value);
            return this;
        }

        /**
         * Sets {@link Resolution#adopted()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder adopted(LocalDateRange value) {
            delegate.adopted(value);
            return this;
        }

        /**
         * Sets {@link Resolution#adopted()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder adopted(Optional<? extends LocalDateRange> value) {
            delegate.adopted(value);
            return this;
        }

        /**
         * Sets {@link Resolution#place()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder place(String value) {
            delegate.place(value);
            return this;
        }

        /**
         * Sets {@link Resolution#place()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder place(Optional<String> value) {
            delegate.place(value);
            return this;
        }

        /**
         * Sets {@link Resolution#title()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder title(String value) {
            delegate.title(value);
            return this;
        }

        /**
         * Sets {@link Resolution#title()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder title(Optional<String> value) {
            delegate.title(value);
            return this;
        }

        /**
         * Adds an element to {@link Resolution#preamble()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addPreamble(String element) {
            delegate.addPreamble(element);
            return this;
        }

        /**
         * Adds the elements to {@link Resolution#preamble()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addPreamble(String... elements) {
            delegate.addPreamble(elements);
            return this;
        }

        /**
         * Replaces {@link Resolution#preamble()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder preamble(Iterable<String> elements) {
            delegate.preamble(elements);
            return this;
        }

        /**
         * Adds every element to {@link Resolution#preamble()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllPreamble(Iterable<String> elements) {
            delegate.addAllPreamble(elements);
            return this;
        }

        /**
         * Sets {@link Resolution#operativeFormula()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder operativeFormula(String value) {
            delegate.operativeFormula(value);
            return this;
        }

        /**
         * Sets {@link Resolution#operativeFormula()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder operativeFormula(Optional<String> value) {
            delegate.operativeFormula(value);
            return this;
        }

        /**
         * Adds an element to {@link Resolution#clauses()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addClauses(Clause element) {
            delegate.addClauses(element);
            return this;
        }

        /**
         * Adds the elements to {@link Resolution#clauses()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addClauses(Clause... elements) {
            delegate.addClauses(elements);
            return this;
        }

        /**
         * Replaces {@link Resolution#clauses()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder clauses(Iterable<? extends Clause> elements) {
            delegate.clauses(elements);
            return this;
        }

        /**
         * Adds every element to {@link Resolution#clauses()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllClauses(Iterable<? extends Clause> elements) {
            delegate.addAllClauses(elements);
            return this;
        }

        /**
         * Adds an element to {@link Resolution#references()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addReferences(DecreeReference element) {
            delegate.addReferences(element);
            return this;
        }

        /**
         * Adds the elements to {@link Resolution#references()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addReferences(DecreeReference... elements) {
            delegate.addReferences(elements);
            return this;
        }

        /**
         * Replaces {@link Resolution#references()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder references(Iterable<? extends DecreeReference> elements) {
            delegate.references(elements);
            return this;
        }

        /**
         * Adds every element to {@link Resolution#references()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllReferences(Iterable<? extends DecreeReference> elements) {
            delegate.addAllReferences(elements);
            return this;
        }

        /**
         * Sets {@link Resolution#controlClause()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder controlClause(ControlClause value) {
            delegate.controlClause(value);
            return this;
        }

        /**
         * Sets {@link Resolution#controlClause()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder controlClause(Optional<? extends ControlClause> value) {
            delegate.controlClause(value);
            return this;
        }

        /**
         * Sets {@link Resolution#signatory()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder signatory(Signatory value) {
            delegate.signatory(value);
            return this;
        }

        /**
         * Sets {@link Resolution#signatory()}, or clears it when the optional is empty. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param value the value, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder signatory(Optional<? extends Signatory> value) {
            delegate.signatory(value);
            return this;
        }

        /**
         * Adds an element to {@link Resolution#attachments()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param element the element, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAttachments(Attachment element) {
            delegate.addAttachments(element);
            return this;
        }

        /**
         * Adds the elements to {@link Resolution#attachments()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAttachments(Attachment... elements) {
            delegate.addAttachments(elements);
            return this;
        }

        /**
         * Replaces {@link Resolution#attachments()} with the given elements. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder attachments(Iterable<? extends Attachment> elements) {
            delegate.attachments(elements);
            return this;
        }

        /**
         * Adds every element to {@link Resolution#attachments()}. Checked by {@link #build()}, which enforces the invariants.
         *
         * @param elements the elements, not null, none null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder addAllAttachments(Iterable<? extends Attachment> elements) {
            delegate.addAllAttachments(elements);
            return this;
        }

        /**
         * Builds the value, checking its invariants.
         *
         * @return a new immutable value
         * @throws IllegalStateException if a required attribute was not set
         */
        public Resolution build() {
            return delegate.build();
        }

        /**
         * Sets the issuing body: its kind and its organization.
         *
         * @param body the body, not null
         * @return this builder
         * @throws NullPointerException if {@code body} is null
         */
        public Builder issuer(Body body) {
            Objects.requireNonNull(body, "body");
            issuerKind(body.kind());
            issuerOrganization(body.organization());
            return this;
        }

        /**
         * Sets a one-day adoption.
         *
         * @param day the day of adoption, not null
         * @return this builder
         * @throws NullPointerException if {@code day} is null
         */
        public Builder adoptedOn(LocalDate day) {
            Objects.requireNonNull(day, "day");
            adopted(LocalDateRange.ofClosed(day, day));
            return this;
        }
    }
}
