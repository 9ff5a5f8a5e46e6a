package io.github.unionkit.io.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void pageNumbersInTheirUsualFormsAreFurniture() {
        assertThat(PageFurniture.isPageNumber("2")).isTrue();
        assertThat(PageFurniture.isPageNumber("- 2 -")).isTrue();
        assertThat(PageFurniture.isPageNumber("– 12 –")).isTrue();
        assertThat(PageFurniture.isPageNumber("Страница 2 из 5")).isTrue();
        assertThat(PageFurniture.isPageNumber("стр. 3")).isTrue();
        assertThat(PageFurniture.isPageNumber("Page 2 of 5")).isTrue();
    }

    @Test
    void textWithNumbersIsNoPageNumber() {
        assertThat(PageFurniture.isPageNumber("2. Провести проверку")).isFalse();
        assertThat(PageFurniture.isPageNumber("№ 3-1")).isFalse();
        assertThat(PageFurniture.isPageNumber("20201")).isFalse();
        assertThat(PageFurniture.isPageNumber("Страница")).isFalse();
    }

    @Test
    void aLineRepeatedAtTheSameEdgeOfMostPagesIsFurniture() {
        List<List<String>> pages = List.of(
                List.of("Постановление № 3-1", "1. Первый пункт", "2. Второй пункт", "о работе", "с молодёжью", "Листов 3"),
                List.of("Постановление № 3-1", "3. Третий пункт", "об охране", "труда", "в школах", "Листов 3"),
                List.of("Постановление № 3-1", "4. Четвёртый пункт", "о выборах", "делегатов", "конференции", "Листов 3"));
        List<Set<Integer>> found = PageFurniture.find(pages);
        assertThat(found.get(0)).containsExactlyInAnyOrder(0, 5);
        assertThat(found.get(1)).containsExactlyInAnyOrder(0, 5);
    }

    @Test
    void aSinglePageHasNoRunningHeader() {
        List<List<String>> pages = List.of(List.of("ПОСТАНОВЛЕНИЕ", "1. Пункт", "Председатель"));
        assertThat(PageFurniture.find(pages).get(0)).isEmpty();
    }

    @Test
    void aLineRepeatedOnFewPagesStays() {
        List<List<String>> pages = List.of(List.of("А", "x1", "x2", "x3", "x4", "x5", "x6"),
                List.of("А", "y1", "y2", "y3", "y4", "y5", "y6"), List.of("B", "z1", "z2", "z3", "z4", "z5", "z6"),
                List.of("C", "w1", "w2", "w3", "w4", "w5", "w6"), List.of("D", "v1", "v2", "v3", "v4", "v5", "v6"));
        assertThat(PageFurniture.find(pages)).allMatch(Set::isEmpty);
    }
}
