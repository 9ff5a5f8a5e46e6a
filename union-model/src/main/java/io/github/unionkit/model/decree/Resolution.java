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
    public static final class Builder extends ImmutableResolution.Builder {
        Builder() {
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
