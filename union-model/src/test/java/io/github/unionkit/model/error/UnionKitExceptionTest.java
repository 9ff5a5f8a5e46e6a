package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.org.InvalidOrganizationException;
import io.github.unionkit.model.org.OrganizationId;
import io.github.unionkit.model.time.InvalidDeadlineException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnionKitExceptionTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void aValidationExceptionKeepsItsEnglishMessageAndSaysTheSameInRussian() {
        InvalidOrganizationException e = new InvalidOrganizationException(
                InvalidOrganizationException.ErrorType.SELF_PARENT, OrganizationId.of("ast.volodar"), "parent is itself");

        assertThat(e).isInstanceOf(UnionKitException.class)
                .hasMessage("SELF_PARENT in organization ast.volodar: parent is itself");
        assertThat(e.message(RUSSIAN)).isEqualTo("организация указана вышестоящей для самой себя: ast.volodar");
        assertThat(e.errorType()).isEqualTo(InvalidOrganizationException.ErrorType.SELF_PARENT);
    }

    @Test
    void russianDatesAreWrittenAsRussianDocumentsWriteThem() {
        InvalidDeadlineException e = new InvalidDeadlineException(InvalidDeadlineException.ErrorType.FIRST_AFTER_LAST,
                LocalDate.of(2021, 3, 31), LocalDate.of(2021, 1, 1), "first after last");

        assertThat(e.message(RUSSIAN)).isEqualTo("первая дата позже последней: 31.03.2021 – 01.01.2021");
    }
}
