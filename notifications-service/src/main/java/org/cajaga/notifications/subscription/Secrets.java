package org.cajaga.notifications.subscription;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets as Standard Webhooks writes them: {@code whsec_} and 24 random bytes in base64. */
public final class Secrets {

    public static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String generate() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key: the base64 part of the secret, decoded. */
    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
