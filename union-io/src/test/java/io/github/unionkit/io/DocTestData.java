package io.github.unionkit.io;

import io.github.unionkit.io.registry.RegistryWriter;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The small tree and registry file that the registry snippets of the docs run on. */
final class DocTestData {

    private DocTestData() {
    }

    /** Astrakhan ("ast") with two territorial organizations and their schools. */
    static OrganizationTree tree() {
        LocalDate named = LocalDate.of(1990, 1, 1);
        return OrganizationTree.of(List.of(
                org("ru", OrganizationLevel.NATIONAL, OrganizationKind.NATIONAL_UNION, null, named),
                org("ast", OrganizationLevel.REGIONAL, OrganizationKind.OBLAST, "ru", named),
                org("t1", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", named),
                org("t2", OrganizationLevel.TERRITORIAL, OrganizationKind.DISTRICT, "ast", named),
                org("p1", OrganizationLevel.PRIMARY, OrganizationKind.SCHOOL, "t1", named),
                org("p3", OrganizationLevel.PRIMARY, OrganizationKind.HIGHER_EDUCATION, "t2", named)));
    }

    private static Organization org(String id, OrganizationLevel level, OrganizationKind kind, String parent,
            LocalDate from) {
        Organization.Builder builder = Organization.builder().id(OrganizationId.of(id)).level(level).kind(kind)
                .addNames(OrganizationName.of("Организация " + id, from));
        if (parent != null) {
            builder.parent(OrganizationId.of(parent));
        }
        return builder.build();
    }

    /**
     * Writes three members: an employee of p1 admitted in 2020 with card 7712 345 678, a student of p3 (a university)
     * admitted in 2015, and a member of an organization the tree does not know.
     */
    static Path registry(Path file) {
        try (RegistryWriter writer = RegistryWriter.open(file)) {
            writer.write(Member.builder().id(MemberId.of("m-1")).category(MemberCategory.EMPLOYEE)
                    .primaryOrganization(OrganizationId.of("p1")).admissionDate(LocalDate.of(2020, 3, 1))
                    .card(CardNumber.parse("7712 345 678")).build());
            writer.write(Member.builder().id(MemberId.of("m-2")).category(MemberCategory.STUDENT)
                    .primaryOrganization(OrganizationId.of("p3")).admissionDate(LocalDate.of(2015, 9, 1)).build());
            writer.write(Member.builder().id(MemberId.of("m-3")).category(MemberCategory.EMPLOYEE)
                    .primaryOrganization(OrganizationId.of("elsewhere")).admissionDate(LocalDate.of(2015, 9, 1))
                    .build());
        }
        return file;
    }
}
