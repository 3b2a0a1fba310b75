package org.cajaga.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cajaga.notifications.delivery.SendResult;
import org.cajaga.notifications.delivery.WebhookSender;
import org.junit.jupiter.api.Test;

/**
 * The address check happens when the sender connects, on what the name resolves to then: a name that
 * resolves to loopback is refused although the allow-list admits 127.0.0.1 written as an address.
 */
@QuarkusTest
class ConnectTimeCheckTest {

    private static final List<String> SECRETS = List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Inject
    WebhookSender sender;

    @Test
    void aNameResolvingToLoopbackIsRefusedAtConnectTime() {
        try (Receiver receiver = new Receiver()) {
            String byName = receiver.url().replace("127.0.0.1", "localhost");
            SendResult refused = sender.send(byName, "evt-1", SECRETS, "{}");
            assertThat(refused.delivered()).isFalse();
            assertThat(refused.statusCode()).isNull();
            assertThat(refused.error()).contains("Refused address").contains("localhost");
            assertThat(receiver.requests()).isEmpty();

            SendResult allowed = sender.send(receiver.url(), "evt-2", SECRETS, "{}");
            assertThat(allowed.delivered()).isTrue();
            assertThat(receiver.requests()).singleElement().satisfies(request -> {
                assertThat(request.id()).isEqualTo("evt-2");
                assertThat(Receiver.signedWith(request, SECRETS.get(0))).isTrue();
            });
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(307, Map.of("Location", "http://169.254.169.254/latest/meta-data"));
            SendResult result = sender.send(receiver.url(), "evt-3", SECRETS, "{}");
            assertThat(result.delivered()).isFalse();
            assertThat(result.statusCode()).isEqualTo(307);
            assertThat(receiver.requests()).hasSize(1);
        }
    }
}
