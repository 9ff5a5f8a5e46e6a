package io.github.unionkit.io.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EligibilityIndexExceptionTest {

    @Test
    void carriesItsTypeInTheMessage() {
        EligibilityIndexException e = new EligibilityIndexException(EligibilityIndexException.ErrorType.CORRUPT_FILE,
                "the checksum does not match");
        assertThat(e.errorType()).isEqualTo(EligibilityIndexException.ErrorType.CORRUPT_FILE);
        assertThat(e).hasMessage("CORRUPT_FILE: the checksum does not match").isInstanceOf(IllegalArgumentException.class);
    }
}
