package dev.djakarta.auth;

import dev.djakarta.conf.Settings;
import dev.djakarta.server.Engine;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Password hashing as configured: PASSWORD_HASHERS lists the algorithms, the first one is used for new hashes and
 * the others are still accepted (and upgraded on login), as in Django. PASSWORD_HASH_ITERATIONS sets the PBKDF2
 * work factor (Django 6.1's 1,500,000 by default).
 */
public final class Passwords {
    /** Django's UNUSABLE_PASSWORD_PREFIX: a user with such a password cannot log in with one. */
    public static final String UNUSABLE_PREFIX = "!";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<PasswordHasher> hashers;
    private final Map<String, PasswordHasher> byAlgorithm = new LinkedHashMap<>();

    public Passwords(List<PasswordHasher> hashers) {
        if (hashers.isEmpty()) {
            throw new IllegalArgumentException("At least one password hasher is needed");
        }
        this.hashers = List.copyOf(hashers);
        for (PasswordHasher h : hashers) {
            byAlgorithm.putIfAbsent(h.algorithm(), h);
        }
    }

    /** The engine's password hashing, built once from its settings. */
    public static Passwords of(Engine engine) {
        return engine.component(Passwords.class, e -> from(e.settings()));
    }

    /** Builds from PASSWORD_HASHERS and PASSWORD_HASH_ITERATIONS. */
    public static Passwords from(Settings settings) {
        int iterations = settings.integer("PASSWORD_HASH_ITERATIONS", Pbkdf2Sha256Hasher.DJANGO_ITERATIONS);
        if (iterations < 1) {
            throw settings.invalid("PASSWORD_HASH_ITERATIONS", "expected a positive number");
        }
        List<PasswordHasher> list = new ArrayList<>();
        List<String> names = settings.list("PASSWORD_HASHERS");
        for (String name : names.isEmpty() ? List.of("pbkdf2_sha256", "argon2") : names) {
            switch (name) {
                case "pbkdf2_sha256" -> list.add(new Pbkdf2Sha256Hasher(iterations));
                case "argon2" -> list.add(new Argon2Hasher());
                default -> throw settings.invalid("PASSWORD_HASHERS", "unknown hasher '" + name + "'; use pbkdf2_sha256 and/or argon2");
            }
        }
        return new Passwords(list);
    }

    /** A hash of {@code raw} with the preferred hasher. */
    public String make(String raw) {
        return hashers.get(0).encode(raw);
    }

    /** A password that never matches (Django's set_unusable_password). */
    public static String unusable() {
        StringBuilder sb = new StringBuilder(UNUSABLE_PREFIX);
        for (int i = 0; i < 40; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    /** True when the hash can match some password. */
    public static boolean isUsable(String encoded) {
        return encoded != null && !encoded.startsWith(UNUSABLE_PREFIX);
    }

    /** True when {@code raw} matches {@code encoded}. Unknown algorithms and unusable passwords never match. */
    public boolean check(String raw, String encoded) {
        if (raw == null || !isUsable(encoded)) {
            return false;
        }
        int dollar = encoded.indexOf('$');
        PasswordHasher h = dollar < 0 ? null : byAlgorithm.get(encoded.substring(0, dollar));
        return h != null && h.verify(raw, encoded);
    }

    /** True when {@code encoded} should be re-hashed with the preferred hasher's current parameters. */
    public boolean mustUpdate(String encoded) {
        if (!isUsable(encoded)) {
            return false;
        }
        PasswordHasher preferred = hashers.get(0);
        return !encoded.startsWith(preferred.algorithm() + "$") || preferred.mustUpdate(encoded);
    }

    /** Spends the same time as a real check, for unknown users (no timing leak of which usernames exist). */
    public void hashDummy(String raw) {
        make(raw == null ? "" : raw);
    }
}
