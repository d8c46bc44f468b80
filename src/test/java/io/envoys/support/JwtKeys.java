package io.envoys.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The identity provider of the tests: a fresh RS256 key pair for every test run. The service under test gets the
 * public key and the issuer as configuration; tests sign tokens with the private key, which never leaves target/.
 */
public class JwtKeys implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://idp.envoys.test";
    private static final Path PRIVATE_KEY = Path.of("target", "jwt-test-keys", "private.der");

    @Override
    public Map<String, String> start() {
        KeyPair pair = generate();
        try {
            Files.createDirectories(PRIVATE_KEY.getParent());
            Files.write(PRIVATE_KEY, pair.getPrivate().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
        // the key file stays under target/ until the next run replaces it
    }

    /** The private key of the running test identity provider. */
    public static PrivateKey signingKey() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE_KEY)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair of the same kind that the service does not trust. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
