package dev.djakarta.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id in Django's Argon2PasswordHasher format:
 * {@code argon2$argon2id$v=19$m=102400,t=2,p=8$<salt>$<hash>} (unpadded standard base64), with Django's defaults
 * (102,400 KiB, 2 passes, 8 lanes, 16-byte salt, 32-byte hash). Computed by Bouncy Castle, in pure Java.
 */
public final class Argon2Hasher implements PasswordHasher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;

    public Argon2Hasher() {
        this(102_400, 2, 8);
    }

    public Argon2Hasher(int memoryKiB, int iterations, int parallelism) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String algorithm() {
        return "argon2";
    }

    @Override
    public String encode(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return encode(password, salt, memoryKiB, iterations, parallelism, 32);
    }

    private String encode(String password, byte[] salt, int m, int t, int p, int length) {
        byte[] hash = hash(password, salt, m, t, p, length);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "argon2$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] hash(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(m).withIterations(t).withParallelism(p)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    @Override
    public boolean verify(String password, String encoded) {
        Parsed parsed = parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] again = hash(password, parsed.salt, parsed.m, parsed.t, parsed.p, parsed.hash.length);
        return MessageDigest.isEqual(again, parsed.hash);
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parsed parsed = parse(encoded);
        return parsed == null || parsed.m != memoryKiB || parsed.t != iterations || parsed.p != parallelism;
    }

    private record Parsed(int m, int t, int p, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 6 || !parts[0].equals("argon2") || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return null;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=", 2);
                int v = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> m = v;
                    case "t" -> t = v;
                    case "p" -> p = v;
                    default -> {
                        return null;
                    }
                }
            }
            if (m < 8 || m > 4_194_304 || t < 1 || t > 100 || p < 1 || p > 64) {
                return null;
            }
            Base64.Decoder d = Base64.getDecoder();
            return new Parsed(m, t, p, d.decode(parts[4]), d.decode(parts[5]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
