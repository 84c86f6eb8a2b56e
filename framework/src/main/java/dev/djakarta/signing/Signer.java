package dev.djakarta.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's {@code TimestampSigner}: {@code value:timestamp:signature}, where the signature is an HMAC-SHA256
 * keyed by SHA-256(salt + "signer" + secret) and encoded as unpadded URL-safe base64. The salt separates uses
 * (a signature made for one cookie is not valid for another); verification is constant-time.
 *
 * <p>Thread-safe; the derived key is computed once.
 */
public final class Signer {
    private static final char SEP = ':';
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private final byte[] key;
    private final Clock clock;

    /**
     * @param secret the SECRET_KEY; must not be empty
     * @param salt   what this signer is for, e.g. {@code "dev.djakarta.signing.cookie" + cookieName}
     */
    public Signer(String secret, String salt) {
        this(secret, salt, Clock.systemUTC());
    }

    Signer(String secret, String salt, Clock clock) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("Signing needs SECRET_KEY: set DJAKARTA_SECRET_KEY (or SECRET_KEY in settings.properties)");
        }
        this.key = sha256((salt + "signer" + secret).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /** {@code value:timestamp:signature}. The value itself must not be secret: it is readable by the client. */
    public String sign(String value) {
        String withTime = value + SEP + base62(clock.instant().getEpochSecond());
        return withTime + SEP + signature(withTime);
    }

    /**
     * The original value if the signature is good and (when {@code maxAge} is not null) not older than maxAge.
     *
     * @throws BadSignature otherwise
     */
    public String unsign(String signed, Duration maxAge) throws BadSignature {
        int sigSep = signed.lastIndexOf(SEP);
        if (sigSep < 0) {
            throw new BadSignature("No ':' found in value");
        }
        String withTime = signed.substring(0, sigSep);
        byte[] expected = signature(withTime).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signed.substring(sigSep + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new BadSignature("Signature does not match");
        }
        int timeSep = withTime.lastIndexOf(SEP);
        if (timeSep < 0) {
            throw new BadSignature("No timestamp found");
        }
        long timestamp = unbase62(withTime.substring(timeSep + 1));
        if (maxAge != null && clock.instant().getEpochSecond() - timestamp > maxAge.getSeconds()) {
            throw new BadSignature("Signature is older than " + maxAge.getSeconds() + " seconds");
        }
        return withTime.substring(0, timeSep);
    }

    private String signature(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String base62(long n) {
        if (n == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            sb.append(BASE62.charAt((int) (n % 62)));
            n /= 62;
        }
        return sb.reverse().toString();
    }

    static long unbase62(String s) throws BadSignature {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = BASE62.indexOf(s.charAt(i));
            if (d < 0 || s.length() > 11) {
                throw new BadSignature("Malformed timestamp");
            }
            n = n * 62 + d;
        }
        return n;
    }
}
