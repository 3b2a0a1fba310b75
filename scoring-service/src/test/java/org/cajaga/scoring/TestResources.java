package org.cajaga.scoring;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.cajaga.testing.OidcTestResource;
import org.cajaga.testing.PostgresTestResource;

/** Every test of this module runs against real PostgreSQL, real token checks and stubs of the other services. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "cajaga_scoring"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(UpstreamStubs.class)
public final class TestResources {

    private TestResources() {
    }
}
