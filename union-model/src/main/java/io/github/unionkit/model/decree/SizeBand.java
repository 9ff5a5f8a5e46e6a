package io.github.unionkit.model.decree;

import io.github.unionkit.model.decree.internal.RequiredText;
import io.github.unionkit.model.org.MembershipRange;
import io.github.unionkit.model.time.Deadline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * One tier of a membership-size rule in a clause: organizations whose membership falls in
 * {@link #range()} must act by {@link #deadline()}, and the clause lists them by name. Clause 4.3 of
 * the Astrakhan decree № 3-1 has two bands: up to 1,000 members in the first quarter of 2021, more
 * than 1,000 in the second.
 *
 * <p>The model only records what the decree says; whether the bands are complementary and whether
 * each listed organization really belongs to its band are questions for the rules module, so
 * overlapping bands, empty lists and duplicates are accepted here.
 *
 * @param range the membership counts the band covers
 * @param deadline the band's deadline, with its phrase as written
 * @param organizations the organizations listed for the band, in the order written; unmodifiable
 * @param subjectAsWritten the words describing who is in the band, as written ("территориальным
 *     организациям Профсоюза с численностью до 1 тыс.членов Профсоюза"); not blank
 */
public record SizeBand(
        @NotNull MembershipRange range,
        @NotNull Deadline deadline,
        @NotNull List<@Valid OrganizationRef> organizations,
        @NotBlank String subjectAsWritten) {

    /**
     * Creates a band, copying the list and normalising the subject.
     *
     * @throws NullPointerException if an argument or a listed organization is null
     * @throws InvalidResolutionException if {@code subjectAsWritten} is blank
     */
    public SizeBand {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(deadline, "deadline");
        organizations = List.copyOf(Objects.requireNonNull(organizations, "organizations"));
        subjectAsWritten = RequiredText.of("subjectAsWritten", subjectAsWritten);
    }

    /**
     * Returns a band.
     *
     * @param range the membership counts covered, not null
     * @param deadline the deadline, not null
     * @param organizations the listed organizations, not null, no nulls
     * @param subjectAsWritten who is in the band, as written; not null, not blank
     * @return the band
     * @throws NullPointerException if an argument or a listed organization is null
     * @throws InvalidResolutionException if {@code subjectAsWritten} is blank
     */
    public static SizeBand of(MembershipRange range, Deadline deadline, List<OrganizationRef> organizations,
            String subjectAsWritten) {
        return new SizeBand(range, deadline, organizations, subjectAsWritten);
    }
}
