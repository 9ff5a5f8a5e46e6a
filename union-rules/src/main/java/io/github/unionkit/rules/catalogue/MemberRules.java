package io.github.unionkit.rules.catalogue;

import static io.github.unionkit.model.path.ModelProperty.ADMISSION_DATE;
import static io.github.unionkit.model.path.ModelProperty.CATEGORY;
import static io.github.unionkit.model.path.ModelProperty.DATE;
import static io.github.unionkit.model.path.ModelProperty.EXIT;
import static io.github.unionkit.model.path.ModelProperty.MEMBERS;
import static io.github.unionkit.model.path.ModelProperty.PRIMARY_ORGANIZATION;

import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.rules.Argument;
import io.github.unionkit.rules.Rule;
import io.github.unionkit.rules.Severity;
import io.github.unionkit.rules.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The membership rules ({@code UK-MEMBER-*}): admission not in the future, exit after admission, the
 * student category only in organizations that admit students (vocational and higher-education primary
 * organizations), a known primary organization, and no duplicate member ids. Violations name member ids
 * only, never personal data.
 */
public final class MemberRules {

    private MemberRules() {
    }

    /**
     * {@code UK-MEMBER-001} (error): the admission date is not after the context date.
     *
     * @return the rule
     */
    public static Rule<Member> admissionNotInFuture() {
        return Rule.of(Codes.MEMBER_ADMISSION_FUTURE, Severity.ERROR, (rule, member, context) ->
                member.admissionDate().isAfter(context.asOf())
                        ? List.of(rule.violation(PropertyPath.of(ADMISSION_DATE), Argument.of("member", member.id()),
                                Argument.of("admissionDate", member.admissionDate()), Argument.of("asOf", context.asOf())))
                        : List.of());
    }

    /**
     * {@code UK-MEMBER-002} (error): an exit is strictly after the admission.
     *
     * @return the rule
     */
    public static Rule<Member> exitAfterAdmission() {
        return Rule.of(Codes.MEMBER_EXIT_NOT_AFTER_ADMISSION, Severity.ERROR, (rule, member, context) ->
                member.exit().isPresent() && !member.exit().get().date().isAfter(member.admissionDate())
                        ? List.of(rule.violation(PropertyPath.of(EXIT).property(DATE),
                                Argument.of("member", member.id()), Argument.of("exitDate", member.exit().get().date()),
                                Argument.of("admissionDate", member.admissionDate())))
                        : List.of());
    }

    /**
     * {@code UK-MEMBER-003} (error): a student member belongs to a primary organization whose kind admits
     * students — the profile's list, or by default the kinds for which
     * {@link OrganizationKind#admitsStudents()} holds. Needs the organization tree.
     *
     * @return the rule
     */
    public static Rule<Member> categoryMatchesOrganization() {
        return Rule.of(Codes.MEMBER_CATEGORY_MISMATCH, Severity.ERROR, (rule, member, context) -> {
            if (member.category() != MemberCategory.STUDENT || context.organizations().isEmpty()) {
                return List.of();
            }
            Optional<Organization> org = context.organizations().get().find(member.primaryOrganization());
            if (org.isEmpty()) {
                return List.of();
            }
            Set<OrganizationKind> allowed = context.profile().studentOrganizationKinds();
            OrganizationKind kind = org.get().kind();
            boolean ok = allowed.isEmpty() ? kind.admitsStudents() : allowed.contains(kind);
            return ok ? List.of() : List.of(rule.violation(PropertyPath.of(CATEGORY),
                    Argument.of("member", member.id()), Argument.of("category", member.category()),
                    Argument.of("organization", org.get().id()), Argument.of("kind", kind),
                    OrganizationArguments.name("organizationName", org.get(), context.asOf())));
        });
    }

    /**
     * {@code UK-MEMBER-004} (error): the member's organization exists and is a primary organization.
     * Needs the organization tree.
     *
     * @return the rule
     */
    public static Rule<Member> knownPrimaryOrganization() {
        return Rule.of(Codes.MEMBER_ORGANIZATION, Severity.ERROR, (rule, member, context) -> {
            if (context.organizations().isEmpty()) {
                return List.of();
            }
            Optional<Organization> org = context.organizations().get().find(member.primaryOrganization());
            if (org.isPresent() && org.get().level() == OrganizationLevel.PRIMARY) {
                return List.of();
            }
            return List.of(rule.violation(PropertyPath.of(PRIMARY_ORGANIZATION), Argument.of("member", member.id()),
                    Argument.of("organization", member.primaryOrganization()),
                    OrganizationArguments.name("organizationName", member.primaryOrganization(), context),
                    Argument.of("level", org.map(o -> o.level().toString()).orElse("-"))));
        });
    }

    /**
     * {@code UK-MEMBER-005} (error): member ids are unique in a list of member records.
     *
     * @return the rule
     */
    public static Rule<List<Member>> uniqueIds() {
        return Rule.of(Codes.MEMBER_DUPLICATE_ID, Severity.ERROR, (rule, members, context) -> {
            List<Violation> out = new ArrayList<>();
            Set<MemberId> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                if (!seen.add(members.get(i).id())) {
                    out.add(rule.violation(PropertyPath.of(MEMBERS).index(i), Argument.of("member", members.get(i).id())));
                }
            }
            return out;
        });
    }

    /**
     * Returns the single-member rules {@code UK-MEMBER-001} … {@code 004}.
     *
     * @return the rules
     */
    public static List<Rule<Member>> memberRules() {
        return List.of(admissionNotInFuture(), exitAfterAdmission(), categoryMatchesOrganization(),
                knownPrimaryOrganization());
    }
}
