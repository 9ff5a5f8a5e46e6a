package io.github.unionkit.model.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2020, 12, 18);

    /** Rows of a tab-separated test resource beside this class, comment lines left out. */
    static List<String[]> rows(String resource) {
        try (InputStream in = OrganizationNamesTest.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Organization organization(String id, OrganizationName... names) {
        return Organization.builder().id(OrganizationId.of(id)).level(OrganizationLevel.TERRITORIAL)
                .kind(OrganizationKind.DISTRICT).parent(OrganizationId.of("ast")).addNames(names).build();
    }

    private static final LocalDate RENAMED = LocalDate.of(2021, 7, 1);

    /** Renamed on {@link #RENAMED}; its old name passes to {@link #successor()}. */
    private static Organization harabali() {
        return organization("ast.harab", OrganizationName.of("Харабалинская районная организация Профсоюза", FROM),
                OrganizationName.of("Харабалинская территориальная организация Профсоюза", RENAMED));
    }

    private static Organization successor() {
        return organization("ast.harab2", OrganizationName.of("Харабалинская районная организация Профсоюза", RENAMED));
    }

    private static OrganizationNames astrakhan() {
        Organization region = Organization.builder().id(OrganizationId.of("ast")).level(OrganizationLevel.REGIONAL)
                .kind(OrganizationKind.OBLAST)
                .addNames(OrganizationName.of("Астраханская областная организация Профсоюза", FROM)).build();
        return OrganizationNames.of(OrganizationTree.of(List.of(region,
                organization("ast.akhtuba", OrganizationName.of("Ахтубинская районная организация Профсоюза",
                        "Ахтубинская ТОП", FROM)),
                organization("ast.volodarsky", OrganizationName.of("Володарская районная организация Профсоюза",
                        "Володарская ТОП", FROM)),
                organization("ast.kirov.city", OrganizationName.of("Кировская городская организация Профсоюза",
                        FROM)),
                organization("ast.kirov.district", OrganizationName.of("Кировская районная организация Профсоюза",
                        FROM)))));
    }

    @Test
    void everyCaseFormOfTheTableMatchesItsNominative() {
        List<String[]> table = rows("name-forms.tsv");
        assertThat(table).hasSizeGreaterThanOrEqualTo(40).allSatisfy(row -> assertThat(row).hasSize(6));
        for (String[] forms : table) {
            for (String form : forms) {
                assertThat(OrganizationNames.sameName(form, forms[0])).as(form + " / " + forms[0]).isTrue();
            }
        }
    }

    @Test
    void namesOfDifferentRowsOfTheTableNeverMatch() {
        List<String[]> table = rows("name-forms.tsv");
        for (int a = 0; a < table.size(); a++) {
            for (int b = a + 1; b < table.size(); b++) {
                for (String form : table.get(b)) {
                    assertThat(OrganizationNames.sameName(form, table.get(a)[0]))
                            .as(form + " / " + table.get(a)[0]).isFalse();
                }
            }
        }
    }

    @Test
    void everyNameAsTheSeedsAndTestsWriteItMatchesTheRegistryName() {
        for (String[] pair : rows("corpus-name-forms.tsv")) {
            assertThat(OrganizationNames.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isTrue();
        }
    }

    @Test
    void noNearMissPairMatches() {
        List<String[]> pairs = rows("near-misses.tsv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
        for (String[] pair : pairs) {
            assertThat(OrganizationNames.sameName(pair[0], pair[1])).as(pair[0] + " / " + pair[1]).isFalse();
            assertThat(OrganizationNames.sameName(pair[1], pair[0])).as(pair[1] + " / " + pair[0]).isFalse();
        }
    }

    @Test
    void theIssuesExampleMatchesItsGenitive() {
        assertThat(OrganizationNames.sameName("Ахтубинская городская организация",
                "Ахтубинской городской организации")).isTrue();
    }

    @Test
    void quotesOfEveryStyleAreIgnored() {
        String plain = "Первичная профсоюзная организация МБОУ СОШ № 5";
        for (String quoted : List.of("первичной профсоюзной организации МБОУ «СОШ № 5»",
                "первичной профсоюзной организации МБОУ \"СОШ № 5\"", "первичной профсоюзной организации МБОУ „СОШ № 5“",
                "первичной профсоюзной организации МБОУ “СОШ №5”")) {
            assertThat(OrganizationNames.sameName(quoted, plain)).as(quoted).isTrue();
            assertThat(OrganizationNames.sameName(plain, quoted)).as(quoted).isTrue();
        }
    }

    @Test
    void abbreviationsReadAsTheirWords() {
        assertThat(OrganizationNames.sameName("Ахтубинская ТОП", "Ахтубинской территориальной организации Профсоюза"))
                .isTrue();
        assertThat(OrganizationNames.sameName("Приволжская ТПО", "Приволжская ТОП")).isTrue();
        assertThat(OrganizationNames.sameName("ППО МБОУ «Гимназия № 1»",
                "первичной профсоюзной организации МБОУ «Гимназия № 1»")).isTrue();
        assertThat(OrganizationNames.sameName("Астраханская РО", "Астраханской региональной организации")).isTrue();
        assertThat(OrganizationNames.sameName("Кировская МО Профсоюза", "Кировской местной организации")).isTrue();
        assertThat(OrganizationNames.sameName("Володарская ТОП", "Володарской ППО")).isFalse();
    }

    @Test
    void theTailProfsoyuzaIsOptional() {
        assertThat(OrganizationNames.sameName("Астраханская областная организация",
                "Астраханской областной организации Профсоюза образования")).isTrue();
        assertThat(OrganizationNames.sameName("Ахтубинская ТОП Профсоюза", "Ахтубинская ТОП")).isTrue();
        assertThat(OrganizationNames.sameName("Профсоюза", "Профсоюз")).isTrue();
    }

    @Test
    void caseYoSpacesAndHyphensAreIgnored() {
        assertThat(OrganizationNames.sameName("Володарской ТОП", "володарская  топ")).isTrue();
        assertThat(OrganizationNames.sameName("Тёплая ТОП", "Теплой ТОП")).isTrue();
        assertThat(OrganizationNames.sameName("Ново-Николаевская ТОП", "ново - николаевской  ТОП")).isTrue();
        assertThat(OrganizationNames.sameName("Кировский городской ТОП", "Кировского городского ТОП")).isTrue();
        assertThat(OrganizationNames.sameName("АСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА",
                "Астраханской областной организации")).isTrue();
    }

    @Test
    void wholeWordsDecideSoNearMissesStayApart() {
        assertThat(OrganizationNames.sameName("Ахтубинская ТОП", "Астраханская ТОП")).isFalse();
        assertThat(OrganizationNames.sameName("Кировская районная", "Кировской городской")).isFalse();
        assertThat(OrganizationNames.sameName("Камызякской ТОП", "Икрянинской ТОП")).isFalse();
        assertThat(OrganizationNames.sameName("Северная ТОП", "Северный район")).isFalse();
        assertThat(OrganizationNames.sameName("МБОУ СОШ № 5", "МБОУ СОШ № 15")).isFalse();
    }

    @Test
    void textWithoutWordsOrTooLongMatchesNothing() {
        assertThat(OrganizationNames.sameName("«»", "«»")).isFalse();
        assertThat(OrganizationNames.sameName("", "")).isFalse();
        String huge = "а".repeat(5000) + "ая ТОП";
        assertThat(OrganizationNames.sameName(huge, huge)).isFalse();
    }

    @Test
    void isPartOfFindsWordsOfANameInAnyCase() {
        assertThat(OrganizationNames.isPartOf("областной организации",
                "Астраханская областная организация Профсоюза")).isTrue();
        assertThat(OrganizationNames.isPartOf("районной организации",
                "Астраханская областная организация Профсоюза")).isFalse();
        assertThat(OrganizationNames.isPartOf("«»", "Астраханская областная организация")).isFalse();
    }

    @Test
    void lookUpTellsWhichNameMatchedAndHow() {
        OrganizationNames names = astrakhan();

        OrganizationNameMatch exact = names.lookUp("Ахтубинская ТОП", DAY).match().orElseThrow();
        assertThat(exact.organization().id()).isEqualTo(OrganizationId.of("ast.akhtuba"));
        assertThat(exact.form()).isEqualTo("Ахтубинская ТОП");
        assertThat(exact.kind()).isEqualTo(NameMatchKind.EXACT);
        assertThat(exact.inEffect()).isTrue();

        OrganizationNameMatch genitive = names.lookUp("Володарской районной организации Профсоюза образования", DAY)
                .match().orElseThrow();
        assertThat(genitive.organization().id()).isEqualTo(OrganizationId.of("ast.volodarsky"));
        assertThat(genitive.form()).isEqualTo("Володарская районная организация Профсоюза");
        assertThat(genitive.kind()).isEqualTo(NameMatchKind.WORD_FORMS);
    }

    @Test
    void lookUpKeepsSimilarNamesApart() {
        OrganizationNames names = astrakhan();

        assertThat(names.lookUp("Кировской городской организации", DAY).match().orElseThrow().organization().id())
                .isEqualTo(OrganizationId.of("ast.kirov.city"));
        assertThat(names.lookUp("Кировской районной организации", DAY).match().orElseThrow().organization().id())
                .isEqualTo(OrganizationId.of("ast.kirov.district"));
        assertThat(names.lookUp("Астраханской ТОП", DAY).candidates()).isEmpty();
        assertThat(names.lookUp("Кировской ТОП", DAY)).isEqualTo(OrganizationNameLookup.none());
    }

    @Test
    void lookUpFindsOldNamesAndPrefersTheNameInEffect() {
        Organization harabali = harabali();
        Organization successor = successor();
        OrganizationNames names = OrganizationNames.of(List.of(harabali, successor));

        OrganizationNameLookup before = names.lookUp("Харабалинской районной организации", DAY);
        assertThat(before.match().orElseThrow().organization()).isEqualTo(harabali);
        assertThat(before.candidates()).hasSize(2);
        assertThat(before.candidates().get(1).inEffect()).isFalse();
        assertThat(names.lookUp("Харабалинской районной организации", RENAMED).match().orElseThrow().organization())
                .isEqualTo(successor);
        OrganizationNameMatch old = names.lookUp("Харабалинской ТОП", RENAMED).match().orElseThrow();
        assertThat(old.organization()).isEqualTo(harabali);
        assertThat(old.name().validFrom()).isEqualTo(RENAMED);
    }

    @Test
    void lookUpReportsTwoEquallyGoodCandidatesAsAnAmbiguity() {
        Organization one = organization("a", OrganizationName.of("Северная ТОП", FROM));
        Organization two = organization("b", OrganizationName.of("Северная территориальная организация", FROM));
        OrganizationNameLookup lookup = OrganizationNames.of(List.of(one, two)).lookUp("Северной ТОП", DAY);

        assertThat(lookup.isAmbiguous()).isTrue();
        assertThat(lookup.match()).isEmpty();
        assertThat(lookup.strongest()).extracting(m -> m.organization().id().toString()).containsExactly("a", "b");
        assertThat(lookup.toString()).isEqualTo("OrganizationNameLookup[a WORD_FORMS, b WORD_FORMS]");
    }

    @Test
    void anExactNameOutranksAWordFormOfAnother() {
        Organization one = organization("a", OrganizationName.of("Северная ТОП", FROM));
        Organization two = organization("b", OrganizationName.of("Северная территориальная организация", FROM));
        OrganizationNameLookup lookup = OrganizationNames.of(List.of(one, two)).lookUp("Северная ТОП", DAY);

        assertThat(lookup.isAmbiguous()).isFalse();
        assertThat(lookup.match().orElseThrow().organization()).isEqualTo(one);
        assertThat(lookup.strongest()).hasSize(1);
    }

    @Test
    void anUndatedLookUpRanksOldAndCurrentNamesAlike() {
        Organization harabali = harabali();
        OrganizationNames names = OrganizationNames.of(List.of(harabali, successor()));

        assertThat(names.lookUpUndated("Харабалинской районной организации").isAmbiguous()).isTrue();
        assertThat(names.lookUpUndated("Харабалинской территориальной организации").match().orElseThrow()
                .organization()).isEqualTo(harabali);
    }
}
