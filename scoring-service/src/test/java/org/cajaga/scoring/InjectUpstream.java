package org.cajaga.scoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test's {@code WireMockServer} field that receives the stub of the other services ({@link UpstreamStubs}),
 * so the test can stop it (connections refused) and start it again on the same port.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface InjectUpstream {
}
