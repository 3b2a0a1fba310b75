package org.cajaga.support.http;

import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags derived from what identifies a representation (ids, versions, language). */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(Object... parts) {
        MessageDigest digest = sha256();
        for (Object part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        byte[] hash = digest.digest();
        return new EntityTag(HexFormat.of().formatHex(hash, 0, 16));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }
}
