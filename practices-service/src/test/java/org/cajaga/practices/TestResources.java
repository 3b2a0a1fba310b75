package org.cajaga.practices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.cajaga.testing.OidcTestResource;
import org.cajaga.testing.PostgresTestResource;

/** Every test of this module runs against real PostgreSQL, real token checks and a taxonomy stub. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "cajaga_practices"))
@QuarkusTestResource(OidcTestResource.class)
@QuarkusTestResource(TaxonomyStub.class)
public final class TestResources {

    private TestResources() {
    }
}
