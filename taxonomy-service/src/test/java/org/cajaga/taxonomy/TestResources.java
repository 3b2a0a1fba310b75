package org.cajaga.taxonomy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.cajaga.testing.OidcTestResource;
import org.cajaga.testing.PostgresTestResource;

/** Every test of this module runs against a fresh real PostgreSQL database and verifies real tokens. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "cajaga_taxonomy"))
@QuarkusTestResource(OidcTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
