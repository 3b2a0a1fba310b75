package org.cajaga.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.cajaga.testing.OidcTestResource;

/** Every gateway test verifies real tokens and talks to stand-ins of the services. */
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStubs.class)
public final class TestResources {

    private TestResources() {
    }
}
