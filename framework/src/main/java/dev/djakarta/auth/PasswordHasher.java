package dev.djakarta.auth;

/**
 * One password hashing algorithm in Django's encoded format ({@code <algorithm>$...}). Implementations are
 * thread-safe and compare in constant time.
 */
public interface PasswordHasher {
    /** The prefix of encoded hashes ({@code pbkdf2_sha256}). */
    String algorithm();

    /** Encodes {@code password} with a fresh random salt. */
    String encode(String password);

    /** True when {@code password} matches {@code encoded} (which starts with this algorithm). */
    boolean verify(String password, String encoded);

    /** True when {@code encoded} was made with weaker parameters than this hasher's and should be re-encoded. */
    boolean mustUpdate(String encoded);
}
