package io.github.unionkit.model.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.unionkit.model.org.OrganizationId;
import org.junit.jupiter.api.Test;

class BodyTest {

    @Test
    void bodyIsAKindOfOneOrganization() {
        Body body = Body.of(BodyKind.PRESIDIUM, OrganizationId.of("ru.astrakhan"));

        assertThat(body.kind()).isEqualTo(BodyKind.PRESIDIUM);
        assertThat(body.organization()).isEqualTo(OrganizationId.of("ru.astrakhan"));
        assertThat(body).isEqualTo(new Body(BodyKind.PRESIDIUM, OrganizationId.of("ru.astrakhan")))
                .isNotEqualTo(Body.of(BodyKind.COMMITTEE, OrganizationId.of("ru.astrakhan")));
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> Body.of(null, OrganizationId.of("ru"))).isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> Body.of(BodyKind.CONGRESS, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("organization");
    }
}
