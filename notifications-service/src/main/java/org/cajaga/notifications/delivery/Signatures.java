package org.cajaga.notifications.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cajaga.notifications.subscription.Secrets;

/**
 * Standard Webhooks 1.0 signatures: {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}
 * keyed with the secret's base64 part, one per signing secret, separated by spaces.
 */
public final class Signatures {

    private Signatures() {
    }

    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Secrets.key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("Every JVM has HmacSHA256", impossible);
        }
    }
}
