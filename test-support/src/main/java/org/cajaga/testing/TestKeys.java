package org.cajaga.testing;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair test tokens are signed with, made fresh for each JVM. It is kept in system
 * properties because the test resource and the tests are loaded by different class loaders.
 */
final class TestKeys {

    private static final String PUBLIC = "cajaga.test.jwt.public-key";
    private static final String PRIVATE = "cajaga.test.jwt.private-key";

    private TestKeys() {
    }

    static synchronized String publicKeyBase64() {
        ensureGenerated();
        return System.getProperty(PUBLIC);
    }

    static synchronized PrivateKey privateKey() {
        ensureGenerated();
        try {
            byte[] encoded = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException broken) {
            throw new IllegalStateException(broken);
        }
    }

    static PrivateKey otherPrivateKey() {
        return generate().getPrivate();
    }

    private static void ensureGenerated() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PRIVATE) == null) {
                KeyPair pair = generate();
                System.setProperty(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            }
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
