package org.cajaga.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bearer tokens shaped like the Keycloak realm's, signed with this run's key (or deliberately not). */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/cajaga";
    public static final String AUDIENCE = "cajaga-api";

    private TestTokens() {
    }

    /** A valid token for a person holding the given realm roles. */
    public static String forUser(String username, String... roles) {
        return claims(username, roles).sign(TestKeys.privateKey());
    }

    /** A valid token carrying extra claims, e.g. {@code municipalities} for a government system. */
    public static String forUser(String username, Map<String, Object> extraClaims, String... roles) {
        JwtClaimsBuilder builder = claims(username, roles);
        extraClaims.forEach(builder::claim);
        return builder.sign(TestKeys.privateKey());
    }

    public static String expired(String username, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(username, roles).issuedAt(past).expiresAt(past.plusSeconds(300)).sign(TestKeys.privateKey());
    }

    public static String fromOtherIssuer(String username, String... roles) {
        return claims(username, roles).issuer("https://evil.example/realms/cajaga").sign(TestKeys.privateKey());
    }

    public static String forOtherAudience(String username, String... roles) {
        return claims(username, roles).audience("another-api").sign(TestKeys.privateKey());
    }

    public static String signedWithAnotherKey(String username, String... roles) {
        return claims(username, roles).sign(TestKeys.otherPrivateKey());
    }

    /** The classic forgery: same claims, {@code alg: none}, no signature. */
    public static String unsigned(String username, String... roles) {
        String signed = forUser(username, roles);
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /**
     * Every way a token must be refused although it carries the right roles: expired, from another
     * issuer, for another audience, unsigned ({@code alg: none}), signed with another key.
     */
    public static List<String> refused(String username, String... roles) {
        return List.of(expired(username, roles), fromOtherIssuer(username, roles), forOtherAudience(username, roles),
                unsigned(username, roles), signedWithAnotherKey(username, roles));
    }

    private static JwtClaimsBuilder claims(String username, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("sub-" + username)
                .upn(username)
                .preferredUserName(username)
                .audience(Set.of(AUDIENCE))
                .claim("azp", "test-client")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300);
    }
}
