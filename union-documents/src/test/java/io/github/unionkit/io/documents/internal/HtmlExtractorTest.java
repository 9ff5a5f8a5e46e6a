package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.io.documents.DocumentReadOptions;
import io.github.unionkit.io.documents.DocumentText;
import io.github.unionkit.io.documents.DocumentWarning;
import io.github.unionkit.io.documents.HtmlFixtures;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static DocumentText read(String content, String container) {
        return HtmlExtractor.extract(HtmlFixtures.page(content, container), DocumentReadOptions.defaults());
    }

    @Test
    void withoutMainOrArticleTheBlockWithTheMostTextIsRead() {
        DocumentText text = read("<p>ПОСТАНОВЛЕНИЕ</p><p>1. Провести проверку работы первичных организаций.</p>", "div");
        assertThat(text.text()).isEqualTo("ПОСТАНОВЛЕНИЕ\n1. Провести проверку работы первичных организаций.\n");
        assertThat(text.warnings()).extracting(DocumentWarning::code).containsExactly(DocumentWarning.Code.CONTENT_GUESSED);
    }

    @Test
    void breaksBlocksAndEntitiesBecomeLinesAndCharacters() {
        DocumentText text = read("<div>&laquo;18&raquo; декабря<br/>№ 3-1</div><p>&nbsp;</p><h2>Об&nbsp;итогах</h2>",
                "main");
        assertThat(text.text()).isEqualTo("«18» декабря\n№ 3-1\n\nОб итогах\n");
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void aPlanTableIsReadAsAPlanNotAsText() {
        DocumentText text = read("<p>1. Утвердить план.</p><table><tr><th>№ п/п</th><th>Мероприятие</th><th>Срок</th>"
                + "</tr><tr><td>1.</td><td>Семинар</td><td>I квартал 2021 г.</td></tr></table>", "main");
        assertThat(text.text()).isEqualTo("1. Утвердить план.\n");
        assertThat(text.plans()).singleElement().satisfies(p -> assertThat(p.items()).hasSize(1));
    }

    @Test
    void anOrdinaryTableIsReadCellByCell() {
        DocumentText text = read("<table><tr><td>«18» декабря 2020 г.</td><td>№ 3-1</td></tr></table>", "main");
        assertThat(text.text()).isEqualTo("«18» декабря 2020 г.\n№ 3-1\n");
    }
}
