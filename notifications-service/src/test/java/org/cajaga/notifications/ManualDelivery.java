package org.cajaga.notifications;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The delivery scheduler off: the test runs the senders itself, as replicas and crashed replicas would. The
 * lease is long enough that a busy machine does not let it expire between a claim and the next check.
 */
public class ManualDelivery implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cajaga.notifications.delivery.poll", "off", "cajaga.notifications.delivery.lease", "PT20S");
    }
}
