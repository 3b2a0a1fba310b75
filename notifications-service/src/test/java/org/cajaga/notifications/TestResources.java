package org.cajaga.notifications;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.cajaga.testing.OidcTestResource;
import org.cajaga.testing.PostgresTestResource;

/** Every test of this module runs against real PostgreSQL, real token checks, a feed stub and real receivers. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "cajaga_notifications"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(FeedStub.class)
public final class TestResources {

    private TestResources() {
    }
}
