package io.github.unionkit.io;

import io.github.unionkit.io.registry.RegistryWriter;
import io.github.unionkit.model.member.CardNumber;
import io.github.unionkit.model.member.Member;
import io.github.unionkit.model.member.MemberCategory;
import io.github.unionkit.model.member.MemberId;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
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
        return OrganizationTree.of(List.of(
                Organization.of(OrganizationId.of("ru"), OrganizationKind.NATIONAL_UNION, name("ru")),
                org("ast", OrganizationKind.OBLAST, "ru"),
                org("t1", OrganizationKind.DISTRICT, "ast"),
                org("t2", OrganizationKind.DISTRICT, "ast"),
                org("p1", OrganizationKind.SCHOOL, "t1"),
                org("p3", OrganizationKind.HIGHER_EDUCATION, "t2")));
    }

    /** An organization at the level its kind belongs to, named from 1990. */
    private static Organization org(String id, OrganizationKind kind, String parent) {
        return Organization.of(OrganizationId.of(id), kind, name(id), OrganizationId.of(parent));
    }

    private static OrganizationName name(String id) {
        return OrganizationName.of("Организация " + id, LocalDate.of(1990, 1, 1));
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
