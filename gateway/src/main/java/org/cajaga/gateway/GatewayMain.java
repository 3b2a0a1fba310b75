package org.cajaga.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus' own request-target check switched off: it answers an empty 400 to a
 * target {@link java.net.URI} cannot parse, before any route runs; {@code RequestLimits} refuses the
 * same targets with a problem. The property is read when Quarkus' HTTP classes load, so it is set
 * here, before them, for a gateway started without deploy/lib/java.sh's JVM options (the tests get it
 * from the root pom).
 */
@QuarkusMain
public final class GatewayMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
