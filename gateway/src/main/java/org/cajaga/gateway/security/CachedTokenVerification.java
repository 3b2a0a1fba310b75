package org.cajaga.gateway.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.cajaga.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once per token rather than once per request: quarkus-oidc checks it (signature, issuer,
 * audience, expiry) the first time, and its identity then serves the same token's later requests until the token
 * expires or {@code cajaga.gateway.token-cache.max-age} has passed ({@link VerifiedTokens}). Refused tokens are
 * never kept: each of their requests is verified, and refused, again. Runs before quarkus-oidc's own provider.
 */
@Singleton
public class CachedTokenVerification implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final IdentityProvider<TokenAuthenticationRequest> verification;
    private final VerifiedTokens verified;

    @Inject
    CachedTokenVerification(OidcIdentityProvider oidc, GatewayConfig config, MeterRegistry metrics) {
        this(oidc, new VerifiedTokens(config.tokenCache().maxSize(), config.tokenCache().maxAge().toMillis(),
                System::currentTimeMillis));
        Gauge.builder("cajaga.gateway.token_cache.size", verified, VerifiedTokens::size)
                .description("Verified bearer tokens kept, so that their next requests are not verified again")
                .register(metrics);
    }

    CachedTokenVerification(IdentityProvider<TokenAuthenticationRequest> verification, VerifiedTokens verified) {
        this.verification = verification;
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider, whose priority is the default. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.get(token);
        if (known != null) {
            return Uni.createFrom().item(forThisRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request), context));
        }
        return verification.authenticate(request, context).invoke(identity -> keep(token, identity));
    }

    /** Whether this token passed verification and is kept: it is then a signed JWT, whatever its shape check says. */
    boolean isKept(String token) {
        return verified.get(token) != null;
    }

    private void keep(String token, SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0) {
            // The request that verified it is not kept with it.
            verified.put(token, forThisRequest(identity, null, null), jwt.getExpirationTime());
        }
    }

    /** The kept identity with the attributes quarkus-oidc sets per request pointing at this request. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext rc,
            AuthenticationRequestContext context) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, rc)
                .addAttribute(REQUEST_CONTEXT, context).build();
    }
}
