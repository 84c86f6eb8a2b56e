package dev.djakarta.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's default hasher: {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}, byte-for-byte compatible, so a
 * hash made by Django verifies here and one made here verifies in Django. The salt is 22 random alphanumeric
 * characters (Django's 128 bits of entropy).
 */
public final class Pbkdf2Sha256Hasher implements PasswordHasher {
    /** Django 6.1's iteration count. */
    public static final int DJANGO_ITERATIONS = 1_500_000;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public Pbkdf2Sha256Hasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 iterations must be positive");
        }
        this.iterations = iterations;
    }

    @Override
    public String algorithm() {
        return "pbkdf2_sha256";
    }

    @Override
    public String encode(String password) {
        return encode(password, salt(), iterations);
    }

    /** Django's encode(password, salt, iterations). */
    public String encode(String password, String salt, int iterations) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("The salt must not contain '$'");
        }
        byte[] hash = pbkdf2(password.getBytes(StandardCharsets.UTF_8), salt.getBytes(StandardCharsets.UTF_8), iterations);
        return algorithm() + "$" + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(algorithm())) {
            return false;
        }
        int its;
        try {
            its = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (its < 1 || its > 100_000_000) {
            return false;
        }
        String again = encode(password, parts[2], its);
        return MessageDigest.isEqual(again.getBytes(StandardCharsets.US_ASCII), encoded.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) != iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static String salt() {
        StringBuilder sb = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** PBKDF2-HMAC-SHA256 with a 32-byte output, computed with one reused Mac (no per-iteration key setup). */
    static byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // HMAC keys may be empty; SecretKeySpec may not, so an empty password uses a one-byte zero key,
            // which HMAC pads to the same block as the empty key.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            mac.update(salt);
            mac.update(new byte[] {0, 0, 0, 1});
            byte[] u = mac.doFinal();
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
