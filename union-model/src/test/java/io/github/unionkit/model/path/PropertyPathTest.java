package io.github.unionkit.model.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PropertyPathTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aPathIsNamedAsPeopleNameItsParts() {
        PropertyPath deadline = PropertyPath.of(ModelProperty.CLAUSES).key("3.1.3").property(ModelProperty.ASSIGNMENT)
                .property(ModelProperty.DEADLINE);

        assertThat(deadline.displayName(RU)).isEqualTo("пункт 3.1.3, поручение, срок");
        assertThat(deadline.displayName(Locale.ENGLISH)).isEqualTo("clause 3.1.3, assignment, deadline");
        assertThat(PropertyPath.of(ModelProperty.TITLE).displayName(RU)).isEqualTo("заголовок");
    }

    @Test
    void positionsCountedFromZeroAreShownFromOneAndKeysAsTheyAre() {
        assertThat(PropertyPath.of(ModelProperty.HEADER_LINES).index(0).displayName(RU)).isEqualTo("строка шапки 1");
        assertThat(PropertyPath.of(ModelProperty.CLAUSES).key("4.3").property(ModelProperty.SIZE_BANDS).index(1)
                .displayName(Locale.ENGLISH)).isEqualTo("clause 4.3, band 2");
        assertThat(PropertyPath.of(ModelProperty.ORGANIZATIONS).key("ast.akhtubinsk").displayName(RU))
                .isEqualTo("организация ast.akhtubinsk");
        assertThat(PropertyPath.of(ModelProperty.ORGANIZATIONS).index(4).displayName(RU)).isEqualTo("организация 5");
    }

    @Test
    void aPropertyWithoutANameIsWrittenAsInThePath() {
        assertThat(PropertyPath.parse("clauses[4].children[4.3]").displayName(Locale.ENGLISH))
                .isEqualTo("clause 4, children [4.3]");
        assertThat(PropertyPath.root().displayName(RU)).isEmpty();
    }

    @Test
    void everyModelPropertyHasANameInBothLanguages() {
        for (ModelProperty property : ModelProperty.values()) {
            PropertyPath path = PropertyPath.of(property);
            assertThat(path.displayName(RU)).as(property.name()).isNotEqualTo(property.propertyName())
                    .containsPattern("[а-яё]");
            assertThat(path.displayName(Locale.ENGLISH)).as(property.name()).doesNotContainPattern("[А-Яа-я]");
        }
    }
}
