package io.github.unionkit.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DecreeParseWarning.Code;
import io.github.unionkit.model.error.Detail;
import io.github.unionkit.model.body.BodyKind;
import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.decree.Assignee;
import io.github.unionkit.model.decree.Assignment;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.ClauseNumber;
import io.github.unionkit.model.decree.ControlClause;
import io.github.unionkit.model.decree.DecreeNumber;
import io.github.unionkit.model.decree.OrganizationRef;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.decree.Signatory;
import io.github.unionkit.model.org.Organization;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.org.OrganizationKind;
import io.github.unionkit.model.org.OrganizationLevel;
import io.github.unionkit.model.org.OrganizationName;
import io.github.unionkit.model.org.OrganizationTree;
import io.github.unionkit.model.time.Deadline;
import io.github.unionkit.model.time.DeadlineKind;
import io.github.unionkit.model.time.UntilPolicy;
import io.github.unionkit.model.path.PropertyPath;
import io.github.unionkit.testkit.fixtures.SeedResolutions;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class DecreeTextParserTest {

    private static final String SEED = SeedResolutions.astrakhan3of1Text();
    private static final DecreeParseOptions AST = DecreeParseOptions.defaults().withIssuer(SeedResolutions.ASTRAKHAN);
    private static final LocalDate DOC = LocalDate.of(2020, 12, 18);

    private static String decree(String... operative) {
        return "АСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА\nКОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\n\n"
                + "«18» декабря 2020 г.\nг. Астрахань\n№ 3-1\n\nОб итогах работы\n"
                + "Комитет областной организации Профсоюза постановляет:\n" + String.join("\n", operative) + "\n";
    }

    private static Resolution read(String text) {
        return DecreeTextParser.parse(text, AST).resolution();
    }

    private static List<Code> codes(DecreeParseResult result) {
        return result.warnings().stream().map(DecreeParseWarning::code).toList();
    }

    // ---------------------------------------------------------------- the seed

    @Test
    void seedParsesIntoExactlyTheGoldenFixture() {
        DecreeParseResult result = DecreeTextParser.parse(SEED, AST);

        assertThat(result.resolution()).isEqualTo(SeedResolutions.astrakhan3of1());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void seedWithoutAnIssuerIdLeavesTheOwnOrganizationUnresolvedAndSaysSo() {
        DecreeParseResult result = DecreeTextParser.parse(SEED);
        Resolution resolution = result.resolution();

        assertThat(resolution.issuerOrganization()).isEmpty();
        assertThat(resolution.issuerKind()).contains(BodyKind.COMMITTEE);
        Assignee presidium = resolution.clause(ClauseNumber.of(3, 1, 1)).orElseThrow().assignment().orElseThrow()
                .assignees().get(0);
        assertThat(presidium).isEqualTo(Assignee.bodyOf(BodyKind.PRESIDIUM,
                OrganizationRef.of("Астраханской областной организации Профсоюза")));
        assertThat(codes(result)).containsExactly(Code.UNRESOLVED_ISSUER);
        assertThat(resolution.allClauses()).hasSize(26);
        assertThat(resolution.assignments()).hasSize(17);
    }

    @Test
    void anOrganizationTreeResolvesTheIssuerByItsNameInTheHeader() {
        LocalDate founded = LocalDate.of(1990, 1, 1);
        Organization union = Organization.builder().id(OrganizationId.of("ru")).level(OrganizationLevel.NATIONAL)
                .kind(OrganizationKind.NATIONAL_UNION)
                .addNames(OrganizationName.of("Общероссийский Профсоюз образования", founded)).build();
        Organization astrakhan = Organization.builder().id(SeedResolutions.ASTRAKHAN).level(OrganizationLevel.REGIONAL)
                .kind(OrganizationKind.OBLAST).parent(union.id())
                .addNames(OrganizationName.of("Астраханская областная организация Профсоюза", founded)).build();
        DecreeParseOptions options = DecreeParseOptions.defaults()
                .withOrganizations(OrganizationTree.of(List.of(union, astrakhan)));

        DecreeParseResult result = DecreeTextParser.parse(SEED, options);

        assertThat(result.resolution()).isEqualTo(SeedResolutions.astrakhan3of1());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void layoutNoiseIsNormalInputNotAWarning() {
        String noisy = SEED.replace("\n", "\r\n\t \r\n")
                .replace("Профсоюза ", "Профсоюза\u00A0\u00A0")
                .replace("№ 3- 1", "№\u00A03 -  1");

        DecreeParseResult result = DecreeTextParser.parse(noisy, AST);

        assertThat(result.resolution()).isEqualTo(SeedResolutions.astrakhan3of1());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void anInclusiveUntilPolicyKeepsTheNamedDay() {
        Resolution resolution = DecreeTextParser.parse(SEED, AST.withUntilPolicy(UntilPolicy.INCLUSIVE)).resolution();

        Deadline deadline = resolution.clause(ClauseNumber.of(3, 1, 2)).orElseThrow().assignment().orElseThrow()
                .deadline();
        assertThat(deadline.lastDay()).contains(LocalDate.of(2020, 12, 29));
    }

    // ---------------------------------------------------------------- header forms

    @Test
    void spacedHeadingAndSpacedFormulaAreRead() {
        String text = "ПРЕЗИДИУМ АСТРАХАНСКОЙ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nП О С Т А Н О В Л Е Н И Е\n"
                + "«18» декабря 2020 г.\n№ 27-5\nО переходе\nПрезидиум п о с т а н о в л я е т:\n1. Утвердить план.\n";

        DecreeParseResult result = DecreeTextParser.parse(text);
        Resolution resolution = result.resolution();

        assertThat(resolution.headerLines()).containsExactly("ПРЕЗИДИУМ АСТРАХАНСКОЙ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА",
                "П О С Т А Н О В Л Е Н И Е");
        assertThat(resolution.issuerName()).contains("ПРЕЗИДИУМ АСТРАХАНСКОЙ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА");
        assertThat(resolution.issuerKind()).contains(BodyKind.PRESIDIUM);
        assertThat(resolution.operativeFormula()).contains("Президиум п о с т а н о в л я е т:");
        assertThat(resolution.title()).contains("О переходе");
        assertThat(resolution.clauses()).extracting(Clause::text).containsExactly("Утвердить план.");
    }

    @Test
    void pluralFormulaWithoutHeaderNamesTheIssuerFromTheFormula() {
        String text = "18.12.2020 № 5\nО совместной работе\nКомитеты постановляют:\n1. Утвердить план.\n";

        Resolution resolution = DecreeTextParser.parse(text).resolution();

        assertThat(resolution.headerLines()).isEmpty();
        assertThat(resolution.issuerName()).contains("Комитеты");
        assertThat(resolution.issuerKind()).contains(BodyKind.COMMITTEE);
        assertThat(resolution.operativeFormula()).contains("Комитеты постановляют:");
    }

    @Test
    void dateNumberAndPlaceOnOneLineInAnyOrder() {
        String text = "КОМИТЕТ ОБЛАСТНОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nот 18 декабря 2020 г.\t\tг. Астрахань\t\t№ 3-1\n"
                + "Об итогах\nКомитет постановляет:\n1. Утвердить план.\n";

        Resolution resolution = DecreeTextParser.parse(text).resolution();

        assertThat(resolution.adopted()).contains(LocalDateRange.ofClosed(DOC, DOC));
        assertThat(resolution.place()).contains("г. Астрахань");
        assertThat(resolution.number()).contains(DecreeNumber.parse("3-1"));
        assertThat(resolution.title()).contains("Об итогах");
    }

    @Test
    void aMeetingOfSeveralDaysIsAClosedRange() {
        String text = "ПЛЕНУМ КОМИТЕТА\n20-21 мая 2016 г.\n№ 5-4\nО плане\nПленум постановляет:\n1. Утвердить план.\n";

        Resolution resolution = DecreeTextParser.parse(text).resolution();

        assertThat(resolution.adopted())
                .contains(LocalDateRange.ofClosed(LocalDate.of(2016, 5, 20), LocalDate.of(2016, 5, 21)));
    }

    // ---------------------------------------------------------------- clauses

    @Test
    void clauseNumbersWithoutSpaceOrFinalDotAndBulletsOfEveryStyle() {
        Resolution resolution = read(decree("1.Утвердить план:", "· первое;", "• второе;", "- третье;", "– четвертое.",
                "2. Поручить президиуму:", "2.1 Провести конференцию.", "2.2.\tПодготовить отчет."));

        assertThat(resolution.clauses()).extracting(Clause::text)
                .containsExactly("Утвердить план:", "Поручить президиуму:");
        assertThat(resolution.clauses().get(0).items()).containsExactly("первое;", "второе;", "третье;", "четвертое.");
        assertThat(resolution.clauses().get(1).children()).extracting(c -> c.number().toString(), Clause::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.1", "Провести конференцию."),
                        org.assertj.core.groups.Tuple.tuple("2.2", "Подготовить отчет."));
    }

    @Test
    void linesThatContinueAClauseOrAnItemJoinIt() {
        Resolution resolution = read(decree("1. Утвердить план", "мероприятий на 2021 год:", "- первое",
                "продолжение;", "2. Принять к сведению."));

        assertThat(resolution.clauses().get(0).text()).isEqualTo("Утвердить план мероприятий на 2021 год:");
        assertThat(resolution.clauses().get(0).items()).containsExactly("первое продолжение;");
    }

    @Test
    void assigneesOfEveryLevelAndOfficersWithTheirHolders() {
        Resolution resolution = read(decree(
                "1. Поручить первичным и территориальным организациям Профсоюза:",
                "1.1. Провести собрания в первом квартале 2021 г.",
                "2. Поручить председателю организации Петрову А.В.:",
                "2.1. Подготовить отчет."));

        Assignment first = resolution.clause(ClauseNumber.of(1, 1)).orElseThrow().assignment().orElseThrow();
        assertThat(first.assignees()).containsExactly(Assignee.allOf(OrganizationLevel.PRIMARY),
                Assignee.allOf(OrganizationLevel.TERRITORIAL));
        assertThat(first.action()).isEqualTo("Провести");
        assertThat(first.subject()).isEqualTo("собрания");
        assertThat(first.deadline().phrase()).contains("в первом квартале 2021 г.");
        Assignment second = resolution.clause(ClauseNumber.of(2, 1)).orElseThrow().assignment().orElseThrow();
        assertThat(second.assignees()).containsExactly(Assignee.officer(OfficerRole.CHAIR,
                OrganizationRef.of("организации", SeedResolutions.ASTRAKHAN), "председателю организации",
                Assignee.person("Петрову А.В.")));
    }

    @Test
    void aSingleClauseCanAssignByItself() {
        Resolution resolution = read(decree("1. Поручить президиуму провести конференцию до 1 марта 2021 г."));

        Assignment assignment = resolution.clauses().get(0).assignment().orElseThrow();
        assertThat(assignment.assignees()).containsExactly(Assignee.bodyOf(BodyKind.PRESIDIUM,
                OrganizationRef.of("АСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА", SeedResolutions.ASTRAKHAN)));
        assertThat(assignment.action()).isEqualTo("провести");
        assertThat(assignment.subject()).isEqualTo("конференцию");
        assertThat(assignment.deadline()).isEqualTo(Deadline.until(DOC, LocalDate.of(2021, 3, 1),
                UntilPolicy.EXCLUSIVE).withPhrase("до 1 марта 2021 г."));
    }

    @Test
    void theControlClauseMayNameExecutionAndADeputy() {
        Resolution resolution = read(decree("1. Утвердить план.",
                "2. Контроль за исполнением настоящего постановления возложить на заместителя председателя Иванову И.И."));

        ControlClause control = resolution.controlClause().orElseThrow();
        assertThat(control.number()).isEqualTo(ClauseNumber.of(2));
        assertThat(control.controller()).isEqualTo(Assignee.officer(OfficerRole.DEPUTY_CHAIR,
                OrganizationRef.of("АСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА", SeedResolutions.ASTRAKHAN),
                "заместителя председателя", Assignee.person("Иванову И.И.")));
    }

    @Test
    void anOperativePartWithoutNumbersIsNumberedWithAWarning() {
        DecreeParseResult result = DecreeTextParser.parse(decree("Утвердить план.", "Принять к сведению."), AST);

        assertThat(result.resolution().clauses()).extracting(Clause::text)
                .containsExactly("Утвердить план.", "Принять к сведению.");
        assertThat(codes(result)).contains(Code.UNNUMBERED_CLAUSES);
    }

    @Test
    void theSignatoryNameAfterThePositionIsSeparated() {
        Resolution resolution = read(decree("1. Утвердить план.", "Председатель организации\t\t\tТ.М. Бугреева"));

        assertThat(resolution.signatory().orElseThrow().position()).isEqualTo("Председатель организации");
        assertThat(resolution.signatory().orElseThrow().name()).contains("Т.М. Бугреева");
    }

    // ---------------------------------------------------------------- spans

    @Test
    void everyElementPointsAtItsSourceText() {
        DecreeParseResult result = DecreeTextParser.parse(SEED, AST);

        assertThat(slice(result, "title")).isEqualTo("Об итогах работы VIII съезда Общероссийского Профсоюза образования");
        assertThat(slice(result, "number")).isEqualTo("3- 1");
        assertThat(slice(result, "clauses[3.1.5].assignment.deadline")).isEqualTo("в первом квартале 2021 г.");
        assertThat(slice(result, "references[1]")).endsWith("№ 27-5 от 18.12.2018");
        assertThat(slice(result, "controlClause")).startsWith("6.Контроль");
        assertThat(result.span(PropertyPath.parse("clauses[3.3.1]")).orElseThrow().line()).isEqualTo(45);
        DecreeElementSpan band = result.locate(PropertyPath.parse("clauses[4.3].sizeBands[1].organizations[0]"))
                .orElseThrow();
        assertThat(band.path()).isEqualTo(PropertyPath.parse("clauses[4.3].sizeBands[1]"));
        assertThat(band.line()).isEqualTo(60);
        assertThat(result.span(PropertyPath.of("meeting"))).isEmpty();
    }

    private static String slice(DecreeParseResult result, String path) {
        return result.span(PropertyPath.parse(path)).orElseThrow().span().slice(SEED);
    }

    // ---------------------------------------------------------------- warnings

    @Test
    void aMissingControlClauseIsAWarning() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Утвердить план."), AST);

        assertThat(result.resolution().controlClause()).isEmpty();
        assertThat(codes(result)).containsExactly(Code.MISSING_CONTROL_CLAUSE);
    }

    @Test
    void aMissingNumberAndDateAreAbsentWithWarningsNeverPlaceholders() {
        String text = "КОМИТЕТ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\nОб итогах\nКомитет постановляет:\n"
                + "1. Поручить президиуму провести семинар в январе.\n";

        DecreeParseResult result = DecreeTextParser.parse(text, AST);

        assertThat(result.resolution().number()).isEmpty();
        assertThat(result.resolution().adopted()).isEmpty();
        assertThat(result.resolution().title()).contains("Об итогах");
        assertThat(result.warnings()).extracting(w -> w.code() + "@" + w.element())
                .contains("MISSING_DATE@adopted", "MISSING_NUMBER@number");
        Deadline deadline = result.resolution().clause(ClauseNumber.of(1)).orElseThrow().assignment().orElseThrow()
                .deadline();
        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNRESOLVED);
        assertThat(deadline.phrase()).contains("в январе");
        assertThat(result.warnings(Code.UNRESOLVED_DEADLINE)).singleElement()
                .satisfies(w -> assertThat(w.element().toString()).isEqualTo("clauses[1].assignment.deadline"));
    }

    @Test
    void aTitleAboveTheRequisitesIsTheTitle() {
        String text = "ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\nО плане работы на 2022 год\n"
                + "15.12.2021                     № 12-3\n"
                + "Заслушав информацию председателя, президиум районной организации Профсоюза постановляет:\n"
                + "1. Утвердить план работы на 2022 год.\n";

        DecreeParseResult result = DecreeTextParser.parse(text, AST);

        assertThat(result.resolution().title()).contains("О плане работы на 2022 год");
        assertThat(result.resolution().headerLines()).containsExactly("ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА",
                "ПОСТАНОВЛЕНИЕ");
        assertThat(result.resolution().preamble()).containsExactly("Заслушав информацию председателя");
        assertThat(result.resolution().operativeFormula())
                .contains("президиум районной организации Профсоюза постановляет:");
        assertThat(result.warnings()).extracting(DecreeParseWarning::code).doesNotContain(Code.UNKNOWN_HEADER_LINE,
                Code.MISSING_TITLE);
    }

    @Test
    void aFormulaEndingThePreambleKeepsThePreambleAndItsReferences() {
        String text = "ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\n17.01.2022 № 21-1\nОб итогах\n"
                + "Во исполнение постановления Президиума областной организации Профсоюза от 20.12.2021 № 44-3 "
                + "президиум районной организации Профсоюза постановляет:\n1. Информацию принять к сведению.\n";

        Resolution resolution = DecreeTextParser.parse(text, AST).resolution();

        assertThat(resolution.preamble()).singleElement().asString().startsWith("Во исполнение")
                .endsWith("№ 44-3");
        assertThat(resolution.references()).extracting(r -> r.number().toString()).containsExactly("44-3");
        assertThat(resolution.issuerKind()).contains(BodyKind.PRESIDIUM);
    }

    @Test
    void aBodyNamedInThePreambleIsNeverTheIssuer() {
        String text = "ПОСТАНОВЛЕНИЕ\n17.01.2022 № 21-1\nОб акции\n"
                + "Во исполнение постановления Исполкома ФНПР от 11.02.2020 № 1-4 Совет Федерации решил:\n"
                + "1. Провести акцию.\n";

        DecreeParseResult result = DecreeTextParser.parse(text, AST);

        assertThat(result.resolution().issuerKind()).isEmpty();
        assertThat(result.warnings()).extracting(w -> w.code() + "@" + w.element())
                .contains("UNKNOWN_ISSUER_BODY@issuerKind");
    }

    @Test
    void aPrimaryOrganizationsDecreeWithLetteredItemsAndASignatureLine() {
        String text = "ПЕРВИЧНАЯ ПРОФСОЮЗНАЯ ОРГАНИЗАЦИЯ\nГБПОУ «Северный колледж»\nПРОФСОЮЗНЫЙ КОМИТЕТ\n"
                + "ПОСТАНОВЛЕНИЕ\nот «18» декабря 2020 г. № 12/4\nО новогодних мероприятиях\n"
                + "Профсоюзный комитет ПОСТАНОВЛЯЕТ:\n1. Провести утренник 26 декабря 2020 года.\n"
                + "2. Ответственными за проведение назначить:\nа) Сидорову А.П.;\nб) Петрова В.В.\n"
                + "3. Казначею Смирновой О.Л. в срок до 25 декабря 2020 года приобрести подарки.\n\n"
                + "Председатель ППО          ____________          И.И. Иванова\n";

        DecreeParseResult result = DecreeTextParser.parse(text, AST);
        Resolution resolution = result.resolution();

        assertThat(result.warnings()).extracting(DecreeParseWarning::code).doesNotContain(Code.UNKNOWN_HEADER_LINE);
        assertThat(resolution.clause(ClauseNumber.of(2)).orElseThrow().items()).containsExactly("Сидорову А.П.;",
                "Петрова В.В.");
        // "Ответственными" is the instrumental, not an addressee: no assignment is invented.
        assertThat(resolution.clause(ClauseNumber.of(2)).orElseThrow().assignment()).isEmpty();
        assertThat(resolution.clause(ClauseNumber.of(3)).orElseThrow().assignment().orElseThrow().assignees())
                .containsExactly(Assignee.person("Смирновой О.Л."));
        assertThat(resolution.signatory()).contains(Signatory.of("Председатель ППО", "И.И. Иванова"));
    }

    @Test
    void aDativeHeadingWithDashItemsIsOneAssignmentAndItsItemDeadlineIsWarned() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Территориальным организациям Профсоюза:",
                "- до 15 мая 2021 года сформировать заявки;", "- обеспечить контроль за отдыхом детей."), AST);

        Assignment assignment = result.resolution().clause(ClauseNumber.of(1)).orElseThrow().assignment()
                .orElseThrow();
        assertThat(assignment.assignees()).containsExactly(Assignee.allOf(OrganizationLevel.TERRITORIAL));
        assertThat(assignment.action()).isEqualTo("сформировать");
        assertThat(assignment.deadline()).isEqualTo(Deadline.unspecified());
        assertThat(result.warnings(Code.AMBIGUOUS_DEADLINE)).singleElement()
                .satisfies(w -> assertThat(w.element().toString()).isEqualTo("clauses[1].assignment.deadline"));
    }

    @Test
    void aNumberWithASuffixTheSchemesDoNotKnowIsWarnedAndTheDateIsStillRead() {
        String text = "ПРЕЗИДИУМ РАЙОННОЙ ОРГАНИЗАЦИИ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\nот 12.03.2021 № 5-п\nО плане\n"
                + "Президиум постановляет:\n1. Утвердить план.\n";

        DecreeParseResult result = DecreeTextParser.parse(text, AST);

        assertThat(result.resolution().number()).isEmpty();
        assertThat(result.resolution().adopted()).contains(LocalDateRange.ofClosed(LocalDate.of(2021, 3, 12),
                LocalDate.of(2021, 3, 12)));
        assertThat(result.resolution().title()).contains("О плане");
        assertThat(result.warnings(Code.INVALID_NUMBER)).singleElement()
                .satisfies(w -> assertThat(w.element().toString()).isEqualTo("number"));
        assertThat(DecreeTextParser.parse(text.replace("№ 5-п", "№ 5-1."), AST).resolution().number())
                .map(Object::toString).contains("5-1");
    }

    @Test
    void anUnnumberedControlParagraphIsWarnedAndNotGluedToTheLastClause() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Утвердить план.", "2. Провести семинар.",
                "Контроль за исполнением постановления возложить на председателя организации."), AST);

        assertThat(result.resolution().clause(ClauseNumber.of(2)).orElseThrow().text()).isEqualTo("Провести семинар.");
        assertThat(result.warnings(Code.ORPHAN_TEXT)).singleElement()
                .satisfies(w -> assertThat(w.element().toString()).isEqualTo("controlClause"));
    }

    @Test
    void requisitesAfterTheBodyOnAHeadingLineAreRead() {
        String text = "СОСНОВСКАЯ РАЙОННАЯ ОРГАНИЗАЦИЯ ПРОФСОЮЗА\nПОСТАНОВЛЕНИЕ\n"
                + "Президиум районной организации Профсоюза от 10 марта 2022 года № 14-2\nО поощрении\n"
                + "Президиум районной организации Профсоюза постановляет:\n1. Наградить грамотами.\n";

        Resolution resolution = DecreeTextParser.parse(text, AST).resolution();

        assertThat(resolution.adopted()).contains(LocalDateRange.ofClosed(LocalDate.of(2022, 3, 10),
                LocalDate.of(2022, 3, 10)));
        assertThat(resolution.number()).map(Object::toString).contains("14-2");
        assertThat(resolution.title()).contains("О поощрении");
    }

    @Test
    void theDraftMarkIsADraftNotAHeaderLine() {
        DecreeParseResult result = DecreeTextParser.parse("ПРОЕКТ\n" + decree("1. Утвердить план."), AST);

        assertThat(result.resolution().draft()).isTrue();
        assertThat(result.resolution().headerLines()).doesNotContain("ПРОЕКТ");
    }

    @Test
    void anUnknownHeaderLineIsKeptWithAWarning() {
        DecreeParseResult result = DecreeTextParser.parse("Нечто непонятное\n" + decree("1. Утвердить план."), AST);

        assertThat(result.resolution().headerLines()).startsWith("Нечто непонятное");
        assertThat(result.warnings(Code.UNKNOWN_HEADER_LINE)).singleElement()
                .satisfies(w -> assertThat(w.line()).isEqualTo(1));
    }

    @Test
    void aNumberingGapIsKeptAsWrittenWithAWarning() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Первое.", "3. Второе:", "3.1. Третье."), AST);

        assertThat(result.resolution().allClauses()).extracting(c -> c.number().toString())
                .containsExactly("1", "3", "3.1");
        assertThat(result.warnings(Code.CLAUSE_NUMBERING_GAP)).singleElement()
                .satisfies(w -> {
                    assertThat(w.detail()).isEqualTo(Detail.of("numberingGap", "3", "2"));
                    assertThat(w.detail(Locale.ENGLISH)).isEqualTo("found 3, expected 2");
                    assertThat(w.detail(Locale.forLanguageTag("ru"))).isEqualTo("в тексте 3, ожидался 2");
                    assertThat(w.element().toString()).isEqualTo("clauses[3]");
                });
    }

    @Test
    void anImpossibleDeadlineIsKeptUnresolvedWithAWarning() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Поручить президиуму:",
                "1.1. До 31 апреля 2021 г. провести собрание."), AST);

        Assignment assignment = result.resolution().clause(ClauseNumber.of(1, 1)).orElseThrow().assignment()
                .orElseThrow();
        assertThat(assignment.deadline().kind()).isEqualTo(DeadlineKind.UNRESOLVED);
        assertThat(result.warnings(Code.UNRESOLVED_DEADLINE)).isNotEmpty();
    }

    @Test
    void clauseNumbersDeeperThanTenLevelsAreTextNotAStackOverflow() {
        StringBuilder text = new StringBuilder(decree());
        StringBuilder number = new StringBuilder();
        for (int depth = 1; depth <= 12; depth++) {
            number.append(depth == 1 ? "1" : ".1");
            text.append(number).append(". Уровень ").append(depth).append('\n');
        }

        DecreeParseResult result = DecreeTextParser.parse(text.toString(), AST);

        List<Clause> all = result.resolution().allClauses();
        assertThat(all).hasSize(ClauseNumber.MAX_DEPTH);
        assertThat(all.get(all.size() - 1).text()).isEqualTo("Уровень 10 1.1.1.1.1.1.1.1.1.1.1. Уровень 11 "
                + "1.1.1.1.1.1.1.1.1.1.1.1. Уровень 12");
        assertThat(result.warnings(Code.CLAUSE_TOO_DEEP)).hasSize(2);
    }

    @Test
    void warningsNeverQuoteTheText() {
        DecreeParseResult result = DecreeTextParser.parse(decree("1. Утвердить план.",
                "3. Контроль оставляю за собой. Бугреева Т.М."), AST);

        assertThat(result.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.toString()).doesNotContain("Бугреева"));
        assertThat(result.toString()).doesNotContain("Бугреева");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void emptyInputIsAnError() {
        assertThatThrownBy(() -> DecreeTextParser.parse(" \n\t\u00A0\n"))
                .isInstanceOfSatisfying(DecreeParseException.class,
                        e -> assertThat(e.errorType()).isEqualTo(DecreeParseException.ErrorType.EMPTY));
    }

    @Test
    void inputOverTheCapIsAnErrorBeforeAnythingIsRead() {
        DecreeParseOptions options = DecreeParseOptions.defaults().withMaxLength(1_000);

        assertThatThrownBy(() -> DecreeTextParser.parse(SEED, options))
                .isInstanceOfSatisfying(TextTooLongException.class, e -> {
                    assertThat(e.maxLength()).isEqualTo(1_000);
                    assertThat(e.length()).isEqualTo(SEED.length());
                    assertThat(e.index()).isEqualTo(1_000);
                    assertThat(e.line()).isGreaterThan(1);
                });
    }

    @Test
    void textWithoutFormulaOrClausesIsAnErrorWithItsPosition() {
        assertThatThrownBy(() -> DecreeTextParser.parse("Просто письмо.\nБез пунктов."))
                .isInstanceOfSatisfying(DecreeParseException.class, e -> {
                    assertThat(e.errorType()).isEqualTo(DecreeParseException.ErrorType.NO_OPERATIVE_PART);
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> DecreeTextParser.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DecreeTextParser.parse(SEED, null)).isInstanceOf(NullPointerException.class);
    }
}
