package org.cajaga.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestShapesTest {

    @Test
    void targetsThatDoNotDecodeToStorableTextAreFound() {
        assertThat(RequestTargets.inspect("/api/v1/practices?q=Ju%C3%A1rez")).isEqualTo(RequestTargets.Finding.FINE);
        assertThat(RequestTargets.inspect("/api/v1/practices?q=Ju%zzrez")).isEqualTo(RequestTargets.Finding.BROKEN_ESCAPE);
        assertThat(RequestTargets.inspect("/api/v1/practices?q=50%")).isEqualTo(RequestTargets.Finding.BROKEN_ESCAPE);
        assertThat(RequestTargets.inspect("/api/v1/practices/%00")).isEqualTo(RequestTargets.Finding.CONTROL_CHARACTER);
        assertThat(RequestTargets.inspect("/api/v1/practices?q=a%0Ab")).isEqualTo(RequestTargets.Finding.CONTROL_CHARACTER);
        assertThat(RequestTargets.inspect("/api/v1/practices?q=a|b")).isEqualTo(RequestTargets.Finding.NOT_A_URI);
    }

    @Test
    void onlyBearerHeadersShapedLikeAJwtHaveParts() {
        assertThat(BearerTokens.jwtParts("Bearer aGVhZA.Y2xhaW1z.c2ln")).containsExactly("aGVhZA", "Y2xhaW1z", "c2ln");
        assertThat(BearerTokens.jwtParts("bearer  aGVhZA.Y2xhaW1z.c2ln ")).hasSize(3);
        assertThat(BearerTokens.jwtParts("Bearer ..")).isNull();
        assertThat(BearerTokens.jwtParts("Bearer")).isNull();
        assertThat(BearerTokens.jwtParts("Bearer a.b")).isNull();
        assertThat(BearerTokens.isBearer("Bearer")).isTrue();
        assertThat(BearerTokens.isBearer("Bearerx a.b.c")).isFalse();
        assertThat(BearerTokens.isBearer("Basic Zm9vOmJhcg==")).isFalse();
    }
}
