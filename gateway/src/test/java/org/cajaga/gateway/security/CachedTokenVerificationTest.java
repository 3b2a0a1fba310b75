package org.cajaga.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachedTokenVerificationTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long MAX_AGE = 60_000;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final List<String> verifiedTokens = new ArrayList<>();
    /** Expiry (epoch seconds) of the tokens the stand-in verification accepts. */
    private long expiresAt = NOW / 1000 + 300;

    private final IdentityProvider<TokenAuthenticationRequest> verification = new IdentityProvider<>() {
        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            String token = request.getToken().getToken();
            verifiedTokens.add(token);
            if (token.startsWith("forged")) {
                return Uni.createFrom().failure(new AuthenticationFailedException("signature"));
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(jwt(token, expiresAt))
                    .addRole("editor").addAttribute(AuthenticationRequestContext.class.getName(), context).build());
        }
    };

    private CachedTokenVerification cache(int maxSize) {
        return new CachedTokenVerification(verification, new VerifiedTokens(maxSize, MAX_AGE, clock::get));
    }

    @Test
    void aTokenIsVerifiedOnceAndItsIdentityServesItsLaterRequests() {
        CachedTokenVerification cache = cache(10);
        SecurityIdentity first = authenticate(cache, "token-a", context());
        AuthenticationRequestContext later = context();
        SecurityIdentity second = authenticate(cache, "token-a", later);
        assertThat(verifiedTokens).containsExactly("token-a");
        assertThat(second.getPrincipal()).isSameAs(first.getPrincipal());
        assertThat(second.getRoles()).containsExactly("editor");
        // What quarkus-oidc keeps per request points at the request being served, not at the one that verified it.
        assertThat(second.<Object>getAttribute(AuthenticationRequestContext.class.getName())).isSameAs(later);
    }

    @Test
    void anotherTokenIsVerifiedEvenWhenItDiffersInOneCharacter() {
        CachedTokenVerification cache = cache(10);
        authenticate(cache, "token-a", context());
        authenticate(cache, "token-b", context());
        assertThat(verifiedTokens).containsExactly("token-a", "token-b");
    }

    @Test
    void aKeptTokenIsVerifiedAgainOnceItExpires() {
        CachedTokenVerification cache = cache(10);
        expiresAt = NOW / 1000 + 10;
        authenticate(cache, "token-a", context());
        clock.set(NOW + 9_999);
        authenticate(cache, "token-a", context());
        assertThat(verifiedTokens).hasSize(1);
        clock.set(NOW + 10_000);
        authenticate(cache, "token-a", context());
        assertThat(verifiedTokens).hasSize(2);
    }

    @Test
    void noTokenIsKeptLongerThanTheMaximumAgeHoweverLateItExpires() {
        CachedTokenVerification cache = cache(10);
        expiresAt = NOW / 1000 + 86_400;
        authenticate(cache, "token-a", context());
        clock.set(NOW + MAX_AGE - 1);
        authenticate(cache, "token-a", context());
        assertThat(verifiedTokens).hasSize(1);
        clock.set(NOW + MAX_AGE);
        authenticate(cache, "token-a", context());
        assertThat(verifiedTokens).hasSize(2);
    }

    @Test
    void refusedTokensAreNeverKeptSoEveryRequestIsVerifiedAndRefused() {
        CachedTokenVerification cache = cache(10);
        for (int request = 0; request < 2; request++) {
            assertThatThrownBy(() -> authenticate(cache, "forged-token", context()))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThat(verifiedTokens).containsExactly("forged-token", "forged-token");
        assertThat(cache.isKept("forged-token")).isFalse();
    }

    @Test
    void aTokenCountsAsKeptOnlyWhileItsEntryLives() {
        CachedTokenVerification cache = cache(10);
        expiresAt = NOW / 1000 + 10;
        assertThat(cache.isKept("token-a")).isFalse();
        authenticate(cache, "token-a", context());
        assertThat(cache.isKept("token-a")).isTrue();
        assertThat(cache.isKept("token-a ")).isFalse();
        clock.set(NOW + 10_000);
        assertThat(cache.isKept("token-a")).isFalse();
    }

    @Test
    void theLeastRecentlyUsedTokenGoesFirstWhenTheCacheIsFull() {
        VerifiedTokens kept = new VerifiedTokens(2, MAX_AGE, clock::get);
        CachedTokenVerification cache = new CachedTokenVerification(verification, kept);
        authenticate(cache, "token-a", context());
        authenticate(cache, "token-b", context());
        authenticate(cache, "token-a", context());
        authenticate(cache, "token-c", context());
        assertThat(kept.size()).isEqualTo(2);
        authenticate(cache, "token-a", context());
        authenticate(cache, "token-b", context());
        assertThat(verifiedTokens).containsExactly("token-a", "token-b", "token-c", "token-b");
    }

    @Test
    void aSizeOfZeroVerifiesEveryRequest() {
        CachedTokenVerification cache = cache(0);
        authenticate(cache, "token-a", context());
        authenticate(cache, "token-a", context());
        assertThat(verifiedTokens).containsExactly("token-a", "token-a");
    }

    private static SecurityIdentity authenticate(CachedTokenVerification cache, String token,
            AuthenticationRequestContext context) {
        return cache.authenticate(new TokenAuthenticationRequest(new TokenCredential(token, "bearer")), context)
                .await().indefinitely();
    }

    private static AuthenticationRequestContext context() {
        return new AuthenticationRequestContext() {
            @Override
            public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
                return Uni.createFrom().item(function);
            }
        };
    }

    private static JsonWebToken jwt(String token, long expiresAt) {
        Map<String, Object> claims = Map.of("raw_token", token, "exp", expiresAt, "sub", "sub-" + token);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "sub-" + token;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
