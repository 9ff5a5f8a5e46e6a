package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.InvalidResolutionException.ErrorType;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssigneeTest {

    private static final OrganizationRef REGION = OrganizationRef.of("организации", OrganizationId.of("ast"));

    @Test
    void eachImplementationReportsItsKind() {
        assertThat(Assignee.bodyOf(BodyKind.PRESIDIUM, REGION).kind()).isEqualTo(AssigneeKind.BODY);
        assertThat(Assignee.organization(REGION).kind()).isEqualTo(AssigneeKind.ORGANIZATION);
        assertThat(Assignee.organizations(List.of(REGION, OrganizationRef.of("Ахтубинская ТОП"))).kind())
                .isEqualTo(AssigneeKind.ORGANIZATIONS);
        assertThat(Assignee.allOf(OrganizationLevel.TERRITORIAL).kind()).isEqualTo(AssigneeKind.ALL_OF_LEVEL);
        assertThat(Assignee.officer(OfficerRole.CHAIR, REGION, "председателя").kind())
                .isEqualTo(AssigneeKind.OFFICER);
        assertThat(Assignee.person("Бугрееву Т.М.").kind()).isEqualTo(AssigneeKind.PERSON);
    }

    @Test
    void acceptCallsTheVisitorMethodOfItsOwnKind() {
        AssigneeVisitor<String> names = new AssigneeVisitor<>() {
            @Override
            public String visitBody(Assignee.BodyOf assignee) {
                return "BODY " + assignee.bodyKind();
            }

            @Override
            public String visitOrganization(Assignee.OneOrganization assignee) {
                return "ORGANIZATION";
            }

            @Override
            public String visitOrganizations(Assignee.Organizations assignee) {
                return "ORGANIZATIONS " + assignee.organizations().size();
            }

            @Override
            public String visitAllOf(Assignee.AllOf assignee) {
                return "ALL_OF_LEVEL " + assignee.level();
            }

            @Override
            public String visitOfficer(Assignee.Officer assignee) {
                return "OFFICER " + assignee.role();
            }

            @Override
            public String visitPerson(Assignee.Person assignee) {
                return "PERSON";
            }
        };
        List<Assignee> all = List.of(Assignee.bodyOf(BodyKind.PRESIDIUM, REGION), Assignee.organization(REGION),
                Assignee.organizations(List.of(REGION, OrganizationRef.of("Ахтубинская ТОП"))),
                Assignee.allOf(OrganizationLevel.TERRITORIAL), Assignee.officer(OfficerRole.CHAIR, REGION, "председателя"),
                Assignee.person("Бугрееву Т.М."));

        assertThat(all).extracting(a -> a.accept(names)).containsExactly("BODY PRESIDIUM", "ORGANIZATION",
                "ORGANIZATIONS 2", "ALL_OF_LEVEL TERRITORIAL", "OFFICER CHAIR", "PERSON");
        assertThat(all).extracting(a -> a.accept(names).split(" ")[0])
                .containsExactlyElementsOf(all.stream().map(a -> a.kind().name()).toList());
        assertThat(all).extracting(Assignee::kind).containsExactly(AssigneeKind.values());
    }

    @Test
    void personToStringNeverPrintsTheName() {
        Assignee.Person person = Assignee.person("Бугрееву Т.М.");
        assertThat(person.asWritten()).isEqualTo("Бугрееву Т.М.");
        assertThat(person.toString()).doesNotContain("Бугреев").doesNotContain("Т.М.");
    }

    @Test
    void officerToStringNeverPrintsTheHolder() {
        Assignee.Officer officer = Assignee.officer(OfficerRole.CHAIR, REGION, "председателя организации",
                Assignee.person("Бугрееву Т.М."));
        assertThat(officer.holder()).contains(Assignee.person("Бугрееву Т.М."));
        assertThat(officer.toString()).contains("CHAIR").contains("председателя организации")
                .doesNotContain("Бугреев");
    }

    @Test
    void officerWithoutHolderViaThreeArgumentConstructor() {
        Assignee.Officer officer = new Assignee.Officer(OfficerRole.SECRETARY, REGION, "секретаря");
        assertThat(officer.holder()).isEmpty();
        assertThat(officer).isEqualTo(Assignee.officer(OfficerRole.SECRETARY, REGION, " секретаря "));
    }

    @Test
    void namedListNeedsTwoOrganizationsAndIsCopied() {
        assertThatThrownBy(() -> Assignee.organizations(List.of(REGION)))
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.TOO_FEW_ORGANIZATIONS));
        List<OrganizationRef> source = new ArrayList<>(List.of(REGION, REGION));
        Assignee.Organizations list = Assignee.organizations(source);
        source.clear();
        assertThat(list.organizations()).hasSize(2);
        assertThatThrownBy(() -> list.organizations().add(REGION)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allOfRejectsTheNationalLevel() {
        assertThatThrownBy(() -> Assignee.allOf(OrganizationLevel.NATIONAL))
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.ALL_OF_NATIONAL));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Assignee.bodyOf(null, REGION));
        assertThatNullPointerException().isThrownBy(() -> Assignee.bodyOf(BodyKind.COMMITTEE, null));
        assertThatNullPointerException().isThrownBy(() -> Assignee.organization(null));
        assertThatNullPointerException().isThrownBy(() -> Assignee.allOf(null));
        assertThatNullPointerException().isThrownBy(() -> Assignee.person(null));
        assertThatNullPointerException().isThrownBy(() -> Assignee.officer(OfficerRole.CHAIR, REGION, "x", null));
    }

    @Test
    void blankPersonIsRejected() {
        assertThatThrownBy(() -> Assignee.person("  "))
                .isInstanceOfSatisfying(InvalidResolutionException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.BLANK_TEXT));
    }
}
