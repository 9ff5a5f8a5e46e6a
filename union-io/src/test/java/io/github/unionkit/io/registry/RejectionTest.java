package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.MemberId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void aDuplicateNamesTheEarlierLineInItsDescription() {
        Rejection duplicate = new Rejection(7, Reason.DUPLICATE_MEMBER_ID, "/id", "the member id is already on line 3",
                Optional.of(MemberId.of("m1")), OptionalLong.of(3));
        assertThat(duplicate.earlierLine()).hasValue(3);
        assertThat(duplicate).hasToString(
                "line 7: DUPLICATE_MEMBER_ID at /id: the member id is already on line 3 [member m1] (first on line 3)");
    }

    @Test
    void theFiveValueFormNamesNoEarlierLine() {
        Rejection rejection = new Rejection(2, Reason.MALFORMED, "", "invalid UTF-8", Optional.empty());
        assertThat(rejection.earlierLine()).isEmpty();
        assertThat(rejection).isEqualTo(Rejection.of(2, Reason.MALFORMED, "", "invalid UTF-8"));
        assertThat(rejection.toString()).doesNotContain("first on line");
    }

    @Test
    void theEarlierLineComesBeforeTheLine() {
        assertThatThrownBy(() -> new Rejection(3, Reason.DUPLICATE_CARD, "card", "d", Optional.empty(), OptionalLong.of(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rejection(3, Reason.DUPLICATE_CARD, "card", "d", Optional.empty(), OptionalLong.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rejection(3, Reason.DUPLICATE_CARD, "card", "d", Optional.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theMessageSaysWhyInRussianWithTheLineFieldAndFirstLineButNotTheMemberId() {
        Rejection duplicate = new Rejection(7, Reason.DUPLICATE_MEMBER_ID, "/id", "the member id is already on line 3",
                Optional.of(MemberId.of("m1")), OptionalLong.of(3));

        assertThat(duplicate.message(RU)).isEqualTo(
                "строка 7, поле /id: такой идентификатор члена Профсоюза уже есть в реестре (впервые в строке 3)");
        assertThat(duplicate.message(Locale.ENGLISH)).isEqualTo("line 7, at /id: the member id is already in the"
                + " registry: the member id is already on line 3 (first on line 3)");
        assertThat(duplicate.message(RU) + duplicate.message(Locale.ENGLISH)).doesNotContain("m1");
    }

    @Test
    void anEnglishDetailThatAlreadySaysTheReasonIsNotRepeated() {
        Rejection truncated = Rejection.of(5, Reason.TRUNCATED, "/id", "the record ends inside a value (column 2)");

        assertThat(truncated.message(Locale.ENGLISH)).isEqualTo("line 5, at /id: the record ends inside a value (column 2)");
        assertThat(truncated.message(RU)).isEqualTo("строка 5, поле /id: запись обрывается внутри значения");
    }

    @Test
    void theColumnWhereAJsonRecordStopsBeingReadableIsSaidInBothLanguages() {
        Rejection truncated = new Rejection(5, Reason.TRUNCATED, "/id", "the record ends inside a value",
                Optional.empty(), OptionalLong.empty(), OptionalInt.of(12));

        assertThat(truncated.message(RU)).isEqualTo("строка 5, столбец 12, поле /id: запись обрывается внутри значения");
        assertThat(truncated.message(Locale.ENGLISH)).isEqualTo("line 5, column 12, at /id: the record ends inside a value");
        assertThatThrownBy(() -> new Rejection(5, Reason.TRUNCATED, "", "d", Optional.empty(), OptionalLong.empty(),
                OptionalInt.of(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleViolationNamesTheRuleByCodeAndTitle() {
        Rejection violation = new Rejection(4, Reason.RULE_VIOLATION, "admissionDate",
                "UK-MEMBER-001: admitted after the registry date", Optional.of(MemberId.of("m9")));

        assertThat(violation.message(RU)).startsWith("строка 4, поле admissionDate: нарушено правило UK-MEMBER-001 «")
                .doesNotContain("admitted");
        assertThat(violation.message(Locale.ENGLISH)).contains("rule UK-MEMBER-001 (").contains("admitted after");
    }

    @Test
    void aRuleViolationWithoutACodeFallsBackToTheReason() {
        Rejection violation = Rejection.of(4, Reason.RULE_VIOLATION, "", "no code here");

        assertThat(violation.message(RU)).isEqualTo("строка 4: запись нарушает правило");
    }

    @Test
    void everyReasonIsDescribedInRussianAndEnglish() {
        for (Reason reason : Reason.values()) {
            // "JSON" and "CSV" are the formats' names in Russian text too.
            assertThat(reason.description(RU)).as(reason.name()).containsPattern("[а-яё]");
            assertThat(reason.description(RU).replaceAll("JSON|CSV", "")).as(reason.name())
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(reason.description(Locale.ENGLISH)).as(reason.name()).doesNotContainPattern("[А-Яа-яЁё]");
            assertThat(reason.description()).isEqualTo(reason.description(Locale.ENGLISH));
        }
    }
}
