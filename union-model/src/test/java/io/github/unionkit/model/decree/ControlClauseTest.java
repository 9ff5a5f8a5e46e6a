package io.github.unionkit.model.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.body.OfficerRole;
import io.github.unionkit.model.org.OrganizationId;
import org.junit.jupiter.api.Test;

class ControlClauseTest {

    private static final String TEXT =
            "Контроль за выполнением настоящего постановления возложить на председателя организации Бугрееву Т.М.";

    @Test
    void toStringOmitsTheWrittenTextAndTheName() {
        Assignee chair = Assignee.officer(OfficerRole.CHAIR, OrganizationRef.of("организации", OrganizationId.of("a")),
                "председателя организации", Assignee.person("Бугрееву Т.М."));
        ControlClause control = ControlClause.of(ClauseNumber.of(6), chair, TEXT);
        assertThat(control.asWritten()).isEqualTo(TEXT);
        assertThat(control.controller()).isEqualTo(chair);
        assertThat(control.toString()).contains("6").contains("CHAIR").doesNotContain("Бугреев");
    }

    @Test
    void personControllerIsRedactedToo() {
        ControlClause control = ControlClause.of(ClauseNumber.of(2), Assignee.person("Иванову И.И."),
                "Контроль возложить на Иванову И.И.");
        assertThat(control.toString()).doesNotContain("Иванов");
    }

    @Test
    void rejectsBlankTextAndNulls() {
        Assignee person = Assignee.person("x");
        assertThatThrownBy(() -> ControlClause.of(ClauseNumber.of(1), person, "\n"))
                .isInstanceOf(InvalidResolutionException.class);
        assertThatNullPointerException().isThrownBy(() -> ControlClause.of(null, person, "x"));
        assertThatNullPointerException().isThrownBy(() -> ControlClause.of(ClauseNumber.of(1), (Assignee) null, "x"));
        assertThatNullPointerException().isThrownBy(() -> ControlClause.of(ClauseNumber.of(1), person, null));
    }
}
