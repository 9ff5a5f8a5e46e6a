package io.github.unionkit.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.text.DecreeParseException;
import io.github.unionkit.io.text.DecreeParseWarning;
import io.github.unionkit.model.decree.Clause;
import io.github.unionkit.model.decree.Resolution;
import io.github.unionkit.model.time.DeadlineKind;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecreeDocumentsTest {

    private static final String HEADER = "ОБЩЕРОССИЙСКИЙ ПРОФСОЮЗ ОБРАЗОВАНИЯ\nАСТРАХАНСКАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ\n"
            + "ПРЕЗИДИУМ\nПОСТАНОВЛЕНИЕ";

    private static byte[] numberedDecree() {
        WordFixtures word = new WordFixtures();
        BigInteger outline = word.abstractList("%1.", "%1.%2.", "%1.%2.%3.");
        BigInteger list = word.list(outline);
        for (String line : HEADER.split("\n")) {
            word.paragraph(line);
        }
        word.table(WordFixtures.rows(new String[] {"«18» декабря 2020 г.", "№ 3-1"}));
        word.paragraph("г. Астрахань")
                .paragraph("Об итогах работы")
                .paragraph("Президиум областной организации Профсоюза постановляет:")
                .item(list, 0, "Информацию принять к сведению.")
                .item(list, 0, "Поручить Президиуму:")
                .item(list, 1, "Организовать:")
                .item(list, 2, "В течение 2021 года проведение семинаров.")
                .item(list, 2, "До 29 декабря 2020 г. подготовку отчёта.")
                .item(list, 1, "Провести проверку\nв первом квартале 2021 г.")
                .item(list, 0, "Контроль за выполнением настоящего постановления возложить на председателя.")
                .paragraph("")
                .paragraph("Председатель областной организации Профсоюза\t\tИ.И. Иванова");
        return word.bytes();
    }

    @Test
    void detectsFormatsByContentNotByName() {
        assertThat(DecreeDocuments.detect(numberedDecree())).isEqualTo(DocumentFormat.DOCX);
        assertThat(DecreeDocuments.detect(PdfFixtures.withoutText(1))).isEqualTo(DocumentFormat.PDF);
        assertThat(DecreeDocuments.detect(HtmlFixtures.page("<p>x</p>", "main"))).isEqualTo(DocumentFormat.HTML);
        assertThat(DecreeDocuments.detect("ПОСТАНОВЛЕНИЕ".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void readsWordAutomaticNumberingAsTheClauseTree() {
        DocumentReadResult result = DecreeDocuments.read(numberedDecree());
        Resolution r = result.decree().resolution();
        assertThat(r.allClauses()).extracting(c -> c.number().toString())
                .containsExactly("1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3");
        assertThat(r.number()).map(Object::toString).contains("3-1");
        assertThat(r.adopted()).map(d -> d.getStart()).contains(LocalDate.of(2020, 12, 18));
        assertThat(r.controlClause()).isPresent();
        assertThat(result.document().text()).contains("2.1.1. В течение 2021 года").contains("\nв первом квартале");
    }

    @Test
    void readsTheHeaderTableCellByCell() {
        String text = DecreeDocuments.extract(numberedDecree()).text();
        assertThat(text).contains("«18» декабря 2020 г.\n№ 3-1\nг. Астрахань");
    }

    @Test
    void mapsWarningsAndSpansBackToParagraphs() {
        DocumentReadResult result = DecreeDocuments.read(numberedDecree());
        Clause first = result.decree().resolution().allClauses().get(0);
        int unit = result.decree().spans().stream()
                .filter(s -> s.path().toString().equals("clauses[" + first.number() + "]")).findFirst()
                .map(result::unitOf).orElseThrow().orElseThrow();
        // Four header paragraphs, two table cells, place, title, formula: the first clause is paragraph 9.
        assertThat(unit).isEqualTo(9);
        for (DecreeParseWarning w : result.decree().warnings()) {
            assertThat(result.unitOf(w)).isPresent();
        }
    }

    @Test
    void readsAPdfInReadingOrderWithoutItsFurniture() {
        byte[] pdf = PdfFixtures.pages(List.of(
                List.of("ПРЕЗИДИУМ", "ПОСТАНОВЛЕНИЕ", "«18» декабря 2020 г. № 3-1", "Об итогах работы",
                        "Президиум постановляет:", "1. Провести проверку деятельности территориальных органи-",
                        "заций в первом квартале 2021 г."),
                List.of("2. Контроль за выполнением настоящего постановления возложить на председателя.",
                        "Председатель И.И. Иванова")),
                "Постановление президиума", "- %d -");
        DocumentReadResult result = DecreeDocuments.read(pdf);
        assertThat(result.document().text()).doesNotContain("Постановление президиума").doesNotContain("- 1 -")
                .contains("территориальных организаций в первом квартале");
        assertThat(result.decree().resolution().allClauses()).hasSize(2);
        assertThat(result.warnings()).extracting(DocumentWarning::code)
                .contains(DocumentWarning.Code.PAGE_FURNITURE_REMOVED);
    }

    @Test
    void readsAWebPageWithoutItsMenus() {
        byte[] page = HtmlFixtures.page("<h1>ПОСТАНОВЛЕНИЕ</h1><p>«18» декабря 2020 г.<br>№&nbsp;3-1</p>"
                + "<p>Об итогах работы</p><p>Президиум постановляет:</p><p>1. Провести проверку в I квартале 2021 г.</p>"
                + "<p>2. Контроль за выполнением настоящего постановления возложить на председателя.</p>", "main");
        DocumentReadResult result = DecreeDocuments.read(page);
        assertThat(result.document().text()).doesNotContain("Главная").doesNotContain("Последние новости")
                .doesNotContain("©").doesNotContain("track").contains("«18» декабря 2020 г.\n№ 3-1\n");
        assertThat(result.decree().resolution().number()).map(Object::toString).contains("3-1");
    }

    @Test
    void readsPlainTextInEitherEncoding() {
        String text = HEADER + "\n«18» декабря 2020 г.\n№ 3-1\nОб итогах\nПрезидиум постановляет:\n1. Принять к сведению.\n";
        DocumentReadResult utf8 = DecreeDocuments.read(text.getBytes(StandardCharsets.UTF_8));
        DocumentReadResult cp1251 = DecreeDocuments.read(text.getBytes(Charset.forName("windows-1251")));
        assertThat(utf8.document().format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(cp1251.decree().resolution()).isEqualTo(utf8.decree().resolution());
        assertThat(utf8.document().unitCount()).isEqualTo(text.split("\n").length);
    }

    @Test
    void readsPlanDeadlinesAgainstTheDecreeDate() {
        WordFixtures word = new WordFixtures();
        word.paragraph("ПОСТАНОВЛЕНИЕ").paragraph("«18» декабря 2020 г.").paragraph("№ 3-1")
                .paragraph("Об утверждении плана").paragraph("Президиум постановляет:")
                .paragraph("1. Утвердить план мероприятий (прилагается).")
                .table(WordFixtures.rows(new String[] {"№ п/п", "Мероприятие", "Срок", "Ответственные"},
                        new String[] {"1.", "Провести семинар", "в течение года", "Президиум"},
                        new String[] {"2.", "Подготовить отчёт", "когда-нибудь", "Иванова И.И."}));
        DocumentReadResult result = DecreeDocuments.read(word.bytes());
        PlanItem first = result.plans().get(0).items().get(0);
        // «в течение года» counts a year from the decree's date (Civil Code art. 192).
        assertThat(first.deadline().flatMap(d -> d.lastDay())).contains(LocalDate.of(2021, 12, 18));
        assertThat(first.deadline()).map(d -> d.kind()).isNotEqualTo(java.util.Optional.of(DeadlineKind.UNRESOLVED));
        assertThat(result.plans().get(0).items().get(1).deadline()).isEmpty();
        assertThat(result.warnings()).extracting(DocumentWarning::code).containsExactly(
                DocumentWarning.Code.PLAN_DEADLINE_UNREAD);
        assertThat(result.document().text()).doesNotContain("Провести семинар");
    }

    @Test
    void refusesTextThatIsNoDecreeAsTheParserDoes() {
        assertThatThrownBy(() -> DecreeDocuments.read(HtmlFixtures.page("<p> </p>", "main")))
                .isInstanceOf(DecreeParseException.class);
    }
}
