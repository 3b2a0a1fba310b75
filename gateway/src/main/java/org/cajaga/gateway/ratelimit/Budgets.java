package org.cajaga.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.cajaga.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which budget a request is counted against: each end user of a public client (a browser or phone app, where many
 * people share one client id) has their own, keyed by the token's {@code sub}; a confidential client (a portal, a
 * government system) has one for all its requests, keyed by {@code azp}; a caller without a token is counted per
 * IP address — the TCP peer, or the {@code X-Forwarded-For} address when the peer is a trusted proxy
 * ({@code quarkus.http.proxy.trusted-proxies}, resolved before any handler runs).
 */
final class Budgets {

    static final String IP = "ip";
    static final String USER = "user";
    static final String CLIENT = "client";
    /** Every kind of budget, for the metrics. */
    static final List<String> KINDS = List.of(IP, USER, CLIENT);

    private final GatewayConfig.RateLimit config;

    Budgets(GatewayConfig.RateLimit config) {
        this.config = config;
    }

    Budget of(RoutingContext rc) {
        JsonWebToken token = tokenOf(rc);
        if (token == null) {
            String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
            return new Budget("ip:" + address, IP, config.anonymousPerMinute(), period());
        }
        Object azp = token.getClaim("azp");
        String client = azp == null ? token.getName() : azp.toString();
        if (config.publicClients().contains(client)) {
            String user = token.getSubject() != null ? token.getSubject() : token.getName();
            return new Budget("user:" + client + ":" + user, USER, config.userPerMinute(), period());
        }
        return new Budget("client:" + client, CLIENT, config.clientPerMinute(), period());
    }

    long periodSeconds() {
        return config.period().toSeconds();
    }

    private long period() {
        return config.period().toMillis();
    }

    private static JsonWebToken tokenOf(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        return null;
    }
}
