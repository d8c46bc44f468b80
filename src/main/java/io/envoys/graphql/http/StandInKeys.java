package io.envoys.graphql.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The keys that name a stand-in's original ({@link EngineDocuments}): a random UUID, a dot and an HMAC-SHA256 of it
 * (RFC 2104) under a key drawn when the process first needs one, cut to 128 bits, unpadded base64url (RFC 4648 §5):
 * {@link #LENGTH} characters in all. A client can write the stand-in's comment line into its own query, but not a key
 * that {@link #genuine} accepts, so a text is taken for a stand-in only when this process made it.
 */
final class StandInKeys {

    /** Characters in a key: 36 of the UUID, the dot, 22 of the signature. */
    static final int LENGTH = 36 + 1 + 22;
    private static final String ALGORITHM = "HmacSHA256";
    /** Drawn on first use, so at run time: never while a native image is built, which would bake it into the image. */
    private static volatile SecretKey secret;

    private StandInKeys() {
    }

    /** A new key, never issued before. */
    static String issue() {
        String id = UUID.randomUUID().toString();
        return id + "." + signature(id);
    }

    /** Whether {@code key} was issued by this process (compared in constant time). */
    static boolean genuine(String key) {
        int dot = key.indexOf('.');
        if (key.length() != LENGTH || dot != 36) {
            return false;
        }
        return MessageDigest.isEqual(signature(key.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                key.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static SecretKey secret() throws GeneralSecurityException {
        SecretKey drawn = secret;
        if (drawn == null) {
            synchronized (StandInKeys.class) {
                if (secret == null) {
                    secret = KeyGenerator.getInstance(ALGORITHM).generateKey();
                }
                drawn = secret;
            }
        }
        return drawn;
    }

    private static String signature(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret());
            byte[] full = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("The JVM offers no " + ALGORITHM, missing);
        }
    }
}
