package io.github.unionkit.model.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unionkit.model.decree.ClauseNumberParseException;
import io.github.unionkit.model.decree.DecreeNumberParseException;
import io.github.unionkit.model.decree.InvalidResolutionException;
import io.github.unionkit.model.meeting.RomanNumeralParseException;
import io.github.unionkit.model.member.InvalidMemberException;
import io.github.unionkit.model.member.MembershipRegistryException;
import io.github.unionkit.model.org.IdentifierParseException;
import io.github.unionkit.model.org.InvalidOrganizationException;
import io.github.unionkit.model.org.OrganizationTreeException;
import io.github.unionkit.model.time.InvalidDeadlineException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnionKitErrorTypeTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    static Stream<UnionKitErrorType> everyModelErrorType() {
        return Stream.of(List.of(DecreeNumberParseException.ErrorType.values()),
                List.of(ClauseNumberParseException.ErrorType.values()),
                List.of(RomanNumeralParseException.ErrorType.values()),
                List.of(IdentifierParseException.ErrorType.values()),
                List.of(InvalidResolutionException.ErrorType.values()),
                List.of(InvalidMemberException.ErrorType.values()),
                List.of(InvalidOrganizationException.ErrorType.values()),
                List.of(OrganizationTreeException.ErrorType.values()),
                List.of(MembershipRegistryException.ErrorType.values()),
                List.of(InvalidDeadlineException.ErrorType.values()))
                .flatMap(List::stream).map(UnionKitErrorType.class::cast);
    }

    @ParameterizedTest
    @MethodSource("everyModelErrorType")
    void hasAnEnglishAndADifferentRussianDescription(UnionKitErrorType type) {
        assertThat(type.description()).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}")
                .isEqualTo(type.description(Locale.ENGLISH)).doesNotContain("{");
        assertThat(type.description(RUSSIAN)).containsPattern("\\p{IsCyrillic}").doesNotContainPattern("[A-Za-z]{4,}")
                .doesNotContain("{");
    }
}
