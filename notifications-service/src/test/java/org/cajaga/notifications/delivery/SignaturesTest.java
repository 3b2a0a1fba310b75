package org.cajaga.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification's own example computes them. */
class SignaturesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void theSpecificationsExample() {
        assertThat(Signatures.header(List.of(SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void oneSignaturePerSecretDuringARotation() {
        String header = Signatures.header(List.of("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD", SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}");
        assertThat(header.split(" ")).hasSize(2).contains("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
