package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.io.registry.Rejection.Reason;
import io.github.unionkit.model.member.MemberId;
import java.util.Optional;
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
}
