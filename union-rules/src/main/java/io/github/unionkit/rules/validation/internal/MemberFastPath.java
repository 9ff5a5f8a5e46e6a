package io.github.unionkit.rules.validation.internal;

import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MembershipExit;
import io.github.unionkit.model.member.PersonName;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.rules.RuleContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member record's checks, specialised by hand: the Jakarta constraints of {@code Member} and of the
 * values it cascades into, and the four rules of {@code Catalogue.member()} ({@code UK-MEMBER-001} …
 * {@code 004}), as straight-line code with no allocation.
 *
 * <p>It only ever answers "certainly nothing to report": when {@link #passes(Member, RuleContext)} is
 * true the facade returns the empty report; otherwise the facade takes its general route (compiled
 * plan, Hibernate Validator, rule set), so findings, messages and paths are always the general route's.
 * The specialisation is trusted only while Hibernate Validator's metadata of the four classes equals
 * {@link #EXPECTED} (see {@link #matches(HibernateBackend, Class)}): a changed annotation in union-model
 * silently turns it off rather than making it wrong.
 */
public final class MemberFastPath {

    /** The metadata signatures this code was written against, per class. */
    static final Map<Class<?>, String> EXPECTED = Map.of(
            Member.class, "admissionDate[jakarta.validation.constraints.NotNull][];"
                    + "birthDate[jakarta.validation.constraints.NotNull][Optional#0[jakarta.validation.constraints.Past]];"
                    + "card[jakarta.validation.constraints.NotNull][Optional#0[]@Valid];"
                    + "categoryChanges[jakarta.validation.constraints.NotNull][];"
                    + "category[jakarta.validation.constraints.NotNull][];class[];"
                    + "exit[jakarta.validation.constraints.NotNull][Optional#0[]@Valid];"
                    + "formerCards[jakarta.validation.constraints.NotNull][];"
                    + "id[jakarta.validation.constraints.NotNull][];"
                    + "interruptions[jakarta.validation.constraints.NotNull][];"
                    + "name[jakarta.validation.constraints.NotNull][Optional#0[]@Valid];"
                    + "primaryOrganization[jakarta.validation.constraints.NotNull][];"
                    + "transfers[jakarta.validation.constraints.NotNull][]",
            MembershipExit.class, "class[];date[jakarta.validation.constraints.NotNull][];"
                    + "reason[jakarta.validation.constraints.NotNull][]",
            CardNumber.class, "class[];value[jakarta.validation.constraints.NotNull, "
                    + "jakarta.validation.constraints.Pattern([0-9]{6,20},0)][]",
            PersonName.class, "class[];family[jakarta.validation.constraints.NotBlank, "
                    + "jakarta.validation.constraints.Size(0,200)][];"
                    + "given[jakarta.validation.constraints.NotBlank, jakarta.validation.constraints.Size(0,200)][];"
                    + "patronymic[jakarta.validation.constraints.NotNull][Optional#0[jakarta.validation.constraints.Size(0,200)]]");

    private static final Logger LOG = LoggerFactory.getLogger(MemberFastPath.class);

    private MemberFastPath() {
    }

    /**
     * Tells whether this specialisation is valid for a runtime class of members: Hibernate Validator's
     * metadata of that class and of the cascaded value classes is exactly what the code was written for.
     *
     * @param backend the Hibernate Validator backend
     * @param type the runtime class, a subtype of {@code Member}
     * @return true if {@link #passes(Member, RuleContext)} may be used for it
     */
    public static boolean matches(HibernateBackend backend, Class<?> type) {
        if (!Member.class.isAssignableFrom(type)) {
            return false;
        }
        try {
            for (Map.Entry<Class<?>, String> e : EXPECTED.entrySet()) {
                Class<?> c = e.getKey() == Member.class ? type : e.getKey();
                String actual = MetadataSignature.of(backend.describe(c));
                if (!actual.equals(e.getValue())) {
                    // Correct but slower from here on: say why, so a user who customised constraints can tell.
                    LOG.debug("Member fast path off for {}: constraints of {} are {}", type.getName(), c.getName(),
                            actual);
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Returns the signature Hibernate Validator's metadata gives a class (for diagnostics and tests).
     *
     * @param backend the backend
     * @param type the class
     * @return the signature
     */
    public static String signature(HibernateBackend backend, Class<?> type) {
        return MetadataSignature.of(backend.describe(type));
    }

    /**
     * Tells whether a member certainly has nothing to report: no constraint violated and none of the
     * member rules firing. False means "look closer", not "invalid".
     *
     * @param m the member
     * @param context the context
     * @return true if the facade may return the empty report
     */
    public static boolean passes(Member m, RuleContext context) {
        LocalDate asOf = context.asOf();
        LocalDate admission = m.admissionDate();
        Optional<MembershipExit> exit = m.exit();
        Optional<CardNumber> card = m.card();
        Optional<PersonName> name = m.name();
        Optional<LocalDate> birth = m.birthDate();
        if (m.id() == null || m.category() == null || m.primaryOrganization() == null || admission == null
                || exit == null || card == null || name == null || birth == null || m.interruptions() == null
                || m.categoryChanges() == null || m.transfers() == null || m.formerCards() == null) {
            return false;
        }
        // UK-MEMBER-001 and the exit's constraints with UK-MEMBER-002.
        if (admission.isAfter(asOf)) {
            return false;
        }
        if (exit.isPresent()) {
            MembershipExit e = exit.get();
            if (e.date() == null || e.reason() == null || !e.date().isAfter(admission)) {
                return false;
            }
        }
        if (card.isPresent() && !cardDigits(card.get().value())) {
            return false;
        }
        if (name.isPresent() && !nameParts(name.get())) {
            return false;
        }
        if (birth.isPresent() && !birth.get().isBefore(asOf)) {
            return false;
        }
        return organizationRules(m, context);
    }

    /** UK-MEMBER-003 and 004: silent without a tree; otherwise a known primary organization of a fitting kind. */
    private static boolean organizationRules(Member m, RuleContext context) {
        Optional<OrganizationTree> tree = context.organizations();
        if (tree.isEmpty()) {
            return true;
        }
        Optional<Organization> org = tree.get().find(m.primaryOrganization());
        if (org.isEmpty() || org.get().level() != OrganizationLevel.PRIMARY) {
            return false;
        }
        if (m.category() != MemberCategory.STUDENT) {
            return true;
        }
        Set<OrganizationKind> allowed = context.profile().studentOrganizationKinds();
        OrganizationKind kind = org.get().kind();
        return allowed.isEmpty() ? kind.admitsStudents() : allowed.contains(kind);
    }

    /** {@code @NotNull @Pattern(regexp = "[0-9]{6,20}")} without a regex engine. */
    private static boolean cardDigits(String value) {
        if (value == null || value.length() < CardNumber.MIN_DIGITS || value.length() > CardNumber.MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean nameParts(PersonName n) {
        Optional<String> patronymic = n.patronymic();
        // Optional<@Size String>: an absent patronymic is valid; a present one only has a length bound
        // (PersonName itself rejects blank parts).
        return part(n.family()) && part(n.given()) && patronymic != null
                && (patronymic.isEmpty() || patronymic.get().length() <= PersonName.MAX_PART_LENGTH);
    }

    /**
     * {@code @NotBlank @Size(max = 200)}. Hibernate Validator's {@code @NotBlank} trims with
     * {@link String#trim()}, which drops chars up to U+0020; a part passes if some char is above that.
     */
    private static boolean part(String s) {
        if (s == null || s.length() > PersonName.MAX_PART_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return true;
            }
        }
        return false;
    }
}
