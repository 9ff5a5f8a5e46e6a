package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.InvalidOrganizationException.ErrorType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    // The Krasnodar plenum of 27 April 2021 put the renaming of the regional organization on its agenda;
    // the new name's wording and date here are illustrative.
    private static final String OLD_NAME =
            "Краснодарская краевая организация Профсоюза работников народного образования и науки РФ";
    private static final String NEW_NAME =
            "Краснодарская краевая территориальная организация Общероссийского Профсоюза образования";
    private static final LocalDate FOUNDED = LocalDate.of(1990, 5, 1);
    private static final LocalDate RENAMED = LocalDate.of(2021, 7, 1);

    private static Organization krasnodar() {
        return Organization.builder()
                .id(OrganizationId.of("ru.23"))
                .level(OrganizationLevel.REGIONAL)
                .kind(OrganizationKind.KRAI)
                .parent(OrganizationId.of("ru"))
                .region("Краснодарский край")
                .addNames(OrganizationName.of(OLD_NAME, "Краснодарская краевая организация Профсоюза", FOUNDED))
                .addNames(OrganizationName.of(NEW_NAME, RENAMED))
                .build();
    }

    @Test
    void ofTakesTheLevelFromTheKind() {
        OrganizationName name = OrganizationName.of("Ахтубинская районная организация Профсоюза", FOUNDED);

        Organization district = Organization.of(OrganizationId.of("ast.akhtubinsk"), OrganizationKind.DISTRICT, name,
                OrganizationId.of("ast"));
        Organization union = Organization.of(OrganizationId.of("ru"), OrganizationKind.NATIONAL_UNION,
                OrganizationName.of("Общероссийский Профсоюз образования", FOUNDED));

        assertThat(district).isEqualTo(Organization.builder().id(OrganizationId.of("ast.akhtubinsk"))
                .level(OrganizationLevel.TERRITORIAL).kind(OrganizationKind.DISTRICT).addNames(name)
                .parent(OrganizationId.of("ast")).build());
        assertThat(union.level()).isEqualTo(OrganizationLevel.NATIONAL);
        assertThat(union.parent()).isEmpty();
    }

    @Test
    void ofRefusesAKindOfSeveralLevelsAndBrokenInvariants() {
        OrganizationName name = OrganizationName.of("Прочая организация", FOUNDED);

        assertThatThrownBy(() -> Organization.of(OrganizationId.of("x"), OrganizationKind.OTHER, name))
                .isInstanceOfSatisfying(InvalidOrganizationException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.KIND_NOT_APPLICABLE));
        assertThatThrownBy(() -> Organization.of(OrganizationId.of("x"), OrganizationKind.DISTRICT, name,
                OrganizationId.of("x"))).isInstanceOfSatisfying(InvalidOrganizationException.class,
                        e -> assertThat(e.errorType()).isEqualTo(ErrorType.SELF_PARENT));
    }

    @Test
    void builderReturnsTheAbstractTypeWithItsAttributes() {
        Organization organization = krasnodar();
        assertThat(organization.id()).isEqualTo(OrganizationId.of("ru.23"));
        assertThat(organization.level()).isEqualTo(OrganizationLevel.REGIONAL);
        assertThat(organization.kind()).isEqualTo(OrganizationKind.KRAI);
        assertThat(organization.parent()).contains(OrganizationId.of("ru"));
        assertThat(organization.region()).contains("Краснодарский край");
        assertThat(organization.territorialRights()).isFalse();
        assertThat(organization.names()).hasSize(2);
        assertThat(java.lang.reflect.Modifier.isPublic(organization.getClass().getModifiers())).isFalse();
    }

    @Test
    void nameAsOfFollowsTheEffectiveDates() {
        Organization organization = krasnodar();
        assertThat(organization.nameAsOf(FOUNDED.minusDays(1))).isEmpty();
        assertThat(organization.nameAsOf(FOUNDED).get().fullName()).isEqualTo(OLD_NAME);
        assertThat(organization.nameAsOf(RENAMED.minusDays(1)).get().fullName()).isEqualTo(OLD_NAME);
        assertThat(organization.nameAsOf(RENAMED).get().fullName()).isEqualTo(NEW_NAME);
        assertThat(organization.nameAsOf(LocalDate.of(2030, 1, 1)).get().fullName()).isEqualTo(NEW_NAME);
        assertThat(organization.currentName().fullName()).isEqualTo(NEW_NAME);
    }

    @Test
    void staysKnownByOldAndShortNamesIgnoringCaseAndYo() {
        Organization organization = krasnodar();
        assertThat(organization.isKnownAs(OLD_NAME.toUpperCase(java.util.Locale.ROOT))).isTrue();
        assertThat(organization.isKnownAs(NEW_NAME)).isTrue();
        assertThat(organization.isKnownAs("краснодарская  краевая организация профсоюза")).isTrue();
        assertThat(organization.isKnownAs("Астраханская областная организация Профсоюза")).isFalse();
        Organization yo = organization.toBuilder()
                .addNames(OrganizationName.of("Объединённая организация", LocalDate.of(2025, 1, 1)))
                .build();
        assertThat(yo.isKnownAs("ОБЪЕДИНЕННАЯ ОРГАНИЗАЦИЯ")).isTrue();
    }

    @Test
    void toBuilderCopiesEveryAttribute() {
        Organization organization = krasnodar();
        assertThat(organization.toBuilder().build()).isEqualTo(organization);
    }

    @Test
    void rejectsMissingNames() {
        assertThatThrownBy(() -> base().build())
                .isInstanceOfSatisfying(InvalidOrganizationException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(ErrorType.NO_NAMES);
                    assertThat(e.organizationId()).isEqualTo(OrganizationId.of("x"));
                });
    }

    @Test
    void rejectsNamesNotStrictlyIncreasing() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertInvalid(base().addNames(OrganizationName.of("A", day), OrganizationName.of("B", day)),
                ErrorType.NAMES_NOT_IN_ORDER);
        assertInvalid(base().addNames(OrganizationName.of("A", day), OrganizationName.of("B", day.minusDays(1))),
                ErrorType.NAMES_NOT_IN_ORDER);
    }

    @Test
    void allowsTerritorialRightsOnlyForPrimary() {
        Organization primary = base().addNames(OrganizationName.of("ППО", FOUNDED)).territorialRights(true).build();
        assertThat(primary.territorialRights()).isTrue();
        assertInvalid(Organization.builder().id(OrganizationId.of("t")).level(OrganizationLevel.TERRITORIAL)
                .kind(OrganizationKind.DISTRICT).addNames(OrganizationName.of("ТОП", FOUNDED))
                .territorialRights(true), ErrorType.TERRITORIAL_RIGHTS_NOT_PRIMARY);
    }

    @Test
    void rejectsKindNotApplicableToLevel() {
        assertInvalid(base().kind(OrganizationKind.OBLAST).addNames(OrganizationName.of("X", FOUNDED)),
                ErrorType.KIND_NOT_APPLICABLE);
    }

    @Test
    void rejectsNationalWithParentAndSelfParent() {
        assertInvalid(Organization.builder().id(OrganizationId.of("ru")).level(OrganizationLevel.NATIONAL)
                .kind(OrganizationKind.NATIONAL_UNION).parent(OrganizationId.of("world"))
                .addNames(OrganizationName.of("Профсоюз", FOUNDED)), ErrorType.NATIONAL_HAS_PARENT);
        assertInvalid(base().parent(OrganizationId.of("x")).addNames(OrganizationName.of("X", FOUNDED)),
                ErrorType.SELF_PARENT);
    }

    @Test
    void rejectsBlankRegion() {
        assertInvalid(base().region(" ").addNames(OrganizationName.of("X", FOUNDED)), ErrorType.BLANK_REGION);
    }

    @Test
    void rejectsMissingRequiredAttributes() {
        assertThatThrownBy(() -> Organization.builder().id(OrganizationId.of("x")).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalOrganizationsAreEqual() {
        assertThat(krasnodar()).isEqualTo(krasnodar()).hasSameHashCodeAs(krasnodar());
        assertThat(krasnodar().toString()).contains("ru.23");
    }

    private static Organization.Builder base() {
        return Organization.builder().id(OrganizationId.of("x")).level(OrganizationLevel.PRIMARY)
                .kind(OrganizationKind.SCHOOL);
    }

    private static void assertInvalid(Organization.Builder builder, ErrorType type) {
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidOrganizationException.class, e -> assertThat(e.errorType()).isEqualTo(type));
    }
}
