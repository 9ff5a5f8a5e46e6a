package io.github.unionkit.model.decree;

import io.github.unionkit.model.body.Body;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.decree.internal.ClosedRanges;
import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.meeting.Meeting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
 * <p>Invariants, checked when the resolution is built: the top-level clauses are numbered 1, 2, … n in
 * order (each clause checks its own children the same way); the adoption dates form a closed range
 * (one day, or the days of a multi-day meeting); the issuer name, title and operative formula are not
 * blank, nor is any header line, preamble paragraph or place; the control clause, if any, is one of
 * the resolution's clauses.
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
     * Returns the issuing body.
     *
     * @return the body, e.g. the committee of the Astrakhan regional organization
     */
    @NotNull
    @Valid
    public abstract Body issuer();

    /**
     * Returns the issuing body's name as the header writes it ("КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ
     * ПРОФСОЮЗА").
     *
     * @return the name, never blank
     */
    @NotBlank
    public abstract String issuerName();

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
     * Returns the resolution's number.
     *
     * @return the number, e.g. 3-1
     */
    @NotNull
    public abstract DecreeNumber number();

    /**
     * Returns the adoption date or dates, a closed range of at least one day.
     *
     * @return the dates
     */
    @NotNull
    public abstract LocalDateRange adopted();

    /**
     * Returns the place of adoption as written ("г. Астрахань"), if given.
     *
     * @return the place, or empty
     */
    @NotNull
    public abstract Optional<String> place();

    /**
     * Returns the title ("Об итогах работы VIII съезда …").
     *
     * @return the title, never blank
     */
    @NotBlank
    public abstract String title();

    /**
     * Returns the preamble, one entry per paragraph.
     *
     * @return the paragraphs, unmodifiable, possibly empty
     */
    @NotNull
    public abstract List<String> preamble();

    /**
     * Returns the operative formula as written ("Комитет областной организации Профсоюза
     * постановляет:").
     *
     * @return the formula, never blank
     */
    @NotBlank
    public abstract String operativeFormula();

    /**
     * Returns the top-level clauses, numbered 1, 2, … n.
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
     * @return the first adoption day
     */
    public final LocalDate documentDate() {
        return adopted().getStart();
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
        String issuerName = RequiredText.of("issuerName", issuerName());
        List<String> headerLines = RequiredText.list("headerLines", headerLines());
        Optional<String> place = RequiredText.optional("place", place());
        String title = RequiredText.of("title", title());
        List<String> preamble = RequiredText.list("preamble", preamble());
        String operativeFormula = RequiredText.of("operativeFormula", operativeFormula());
        if (!issuerName.equals(issuerName()) || !headerLines.equals(headerLines()) || !place.equals(place())
                || !title.equals(title()) || !preamble.equals(preamble())
                || !operativeFormula.equals(operativeFormula())) {
            return builder().from(this).issuerName(issuerName).headerLines(headerLines).place(place).title(title)
                    .preamble(preamble).operativeFormula(operativeFormula).build();
        }
        ClosedRanges.require("adopted", adopted());
        List<Clause> clauses = clauses();
        for (int i = 0; i < clauses.size(); i++) {
            ClauseNumber actual = clauses.get(i).number();
            ClauseNumber expected = ClauseNumber.of(i + 1);
            if (!actual.equals(expected)) {
                throw new InvalidResolutionException(
                        actual.depth() == 1 ? ErrorType.TOP_LEVEL_NOT_CONSECUTIVE : ErrorType.TOP_LEVEL_NOT_ROOT,
                        "clauses", actual, "clause " + (i + 1) + " is numbered " + actual + ", expected " + expected);
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
     * @return e.g. {@code Resolution[issuer=…, number=3-1, adopted=2020-12-18/2020-12-19, clauses=6]}
     */
    @Override
    public String toString() {
        return "Resolution[issuer=" + issuer() + ", number=" + number() + ", adopted=" + adopted()
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
    }
}
