package dev.ogi.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64) so each hash keeps its own cost.
 */
public final class PasswordHasher {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher(int iterations) {
        if (iterations < 1000) {
            throw new IllegalArgumentException("PBKDF2 needs at least 1000 iterations, got " + iterations);
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; compares in constant time. */
    public boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        int storedIterations;
        try {
            storedIterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, storedIterations));
    }

    /** Whether a stored hash is cheaper than this hasher would make it (so it is re-hashed at login). */
    public boolean needsUpgrade(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the time a real check would, so an unknown user name cannot be told from a wrong password. */
    public void burn(String password) {
        pbkdf2(password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
