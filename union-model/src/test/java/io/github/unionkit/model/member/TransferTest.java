package io.github.unionkit.model.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TransferTest {

    @Test
    void holdsTheDateAndTheNewOrganization() {
        Transfer transfer = Transfer.of(LocalDate.of(2019, 9, 1), io.github.unionkit.model.org.OrganizationId.of("p2"));
        assertThat(transfer.to().value()).isEqualTo("p2");
        assertThatThrownBy(() -> Transfer.of(LocalDate.of(2019, 9, 1), null)).isInstanceOf(NullPointerException.class);
    }
}
