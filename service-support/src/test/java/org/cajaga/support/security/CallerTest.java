package org.cajaga.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void anAnonymousCallerHasANameAndNothingElse() {
        Caller caller = callerOf(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(caller.isAnonymous()).isTrue();
        assertThat(caller.name()).isEqualTo(Caller.ANONYMOUS);
        assertThat(caller.subject()).isNull();
        assertThat(caller.clientId()).isNull();
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.isStaff()).isFalse();
        assertThat(caller.isEditor()).isFalse();
        assertThat(caller.municipalities()).isEmpty();
        assertThat(caller.sources()).isEmpty();
    }

    @Test
    void aGovernmentSystemIsReadFromItsToken() {
        Caller caller = callerOf(tokenIdentity(Set.of(Roles.INTEGRATOR), Map.of("sub", "9f1c", "azp", "municipal-system-demo",
                "municipalities", List.of("\"08019\"", " 09 "), "sources", List.of("demo-chihuahua"))));

        assertThat(caller.isAnonymous()).isFalse();
        assertThat(caller.name()).isEqualTo("service-account-municipal-system-demo");
        assertThat(caller.subject()).isEqualTo("9f1c");
        assertThat(caller.clientId()).isEqualTo("municipal-system-demo");
        assertThat(caller.hasRole(Roles.INTEGRATOR)).isTrue();
        assertThat(caller.isStaff()).isFalse();
        assertThat(caller.municipalities()).containsExactly("08019", "09");
        assertThat(caller.sources()).containsExactly("demo-chihuahua");
    }

    @Test
    void claimsGivenAsOneStringAreReadToo() {
        Caller caller = callerOf(tokenIdentity(Set.of(Roles.EDITOR), Map.of("municipalities", "08019, 08037 09",
                "sources", " demo-chihuahua ")));

        assertThat(caller.municipalities()).containsExactly("08019", "08037", "09");
        assertThat(caller.sources()).containsExactly("demo-chihuahua");
        assertThat(caller.clientId()).isNull();
        assertThat(caller.isEditor()).isTrue();
        assertThat(caller.isStaff()).isTrue();
    }

    private static Caller callerOf(SecurityIdentity identity) {
        Caller caller = new Caller();
        caller.identity = new RequestIdentity() {
            @Override
            public SecurityIdentity get() {
                return identity;
            }
        };
        caller.read();
        return caller;
    }

    private static SecurityIdentity tokenIdentity(Set<String> roles, Map<String, Object> claims) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new Token("service-account-municipal-system-demo", claims))
                .addRoles(roles).build();
    }

    private record Token(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}
