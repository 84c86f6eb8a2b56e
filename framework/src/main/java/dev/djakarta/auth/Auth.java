package dev.djakarta.auth;

import dev.djakarta.http.Principal;
import dev.djakarta.http.Request;
import dev.djakarta.http.Session;
import dev.djakarta.http.TooManyRequests;
import dev.djakarta.security.Csrf;
import dev.djakarta.server.Engine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's authenticate / login / logout. Logging in rotates the session key (no session fixation) and the CSRF
 * secret, and stores a hash derived from the password so that changing the password ends the user's other
 * sessions. Logging out flushes the session server-side.
 */
public final class Auth {
    static final String SESSION_USER_ID = "_auth_user_id";
    static final String SESSION_HASH = "_auth_user_hash";

    private Auth() {
    }

    /**
     * The active user with these credentials, or null. Unknown usernames cost the same time as known ones. After too
     * many failures for this username or client address, throws without checking the password.
     *
     * @throws TooManyRequests when throttled (a 429 with Retry-After)
     */
    public static User authenticate(Request request, String username, String password) {
        Engine engine = Engine.of(request);
        LoginThrottle throttle = LoginThrottle.of(engine);
        String address = request.remoteAddr();
        long wait = throttle.retryAfter(username, address);
        if (wait > 0) {
            throw new TooManyRequests("Too many failed login attempts; try again in " + wait + " seconds", wait);
        }
        Passwords passwords = Passwords.of(engine);
        User user = username == null ? null : User.objects().filter("username", username).first();
        if (user == null) {
            passwords.hashDummy(password);
            throttle.failed(username, address);
            return null;
        }
        if (!passwords.check(password, user.getPassword()) || !user.isActive()) {
            throttle.failed(username, address);
            return null;
        }
        if (passwords.mustUpdate(user.getPassword())) {
            user.setPasswordHash(passwords.make(password));
            User.objects().save(user);
        }
        throttle.succeeded(username, address);
        return user;
    }

    /** Logs {@code user} in for this request and the session. */
    public static void login(Request request, User user) {
        Session session = request.session();
        String id = String.valueOf(user.getId());
        String hash = sessionHash(request, user);
        Object current = session.get(SESSION_USER_ID);
        if (current != null && (!current.equals(id) || !constantTimeEquals(String.valueOf(session.get(SESSION_HASH)), hash))) {
            session.flush();
        } else {
            session.cycleKey();
        }
        session.put(SESSION_USER_ID, id);
        session.put(SESSION_HASH, hash);
        Csrf.rotate(request);
        user.setLastLogin(Instant.now());
        User.objects().save(user);
        Supplier<Principal> loggedIn = () -> user;
        request.setAttribute(Request.USER_ATTRIBUTE, loggedIn);
    }

    /** Logs out: the session is deleted server-side and the request's user becomes anonymous. */
    public static void logout(Request request) {
        request.session().flush();
        Supplier<Principal> anonymous = () -> Principal.ANONYMOUS;
        request.setAttribute(Request.USER_ATTRIBUTE, anonymous);
    }

    /** Hashes and sets a raw password (then save the user). Other sessions end when they next check the hash. */
    public static void setPassword(Engine engine, User user, String raw) {
        user.setPasswordHash(Passwords.of(engine).make(raw));
    }

    /** After a user changed their own password: keeps this session logged in (Django's update_session_auth_hash). */
    public static void updateSessionHash(Request request, User user) {
        request.session().cycleKey();
        request.session().put(SESSION_HASH, sessionHash(request, user));
    }

    /** The user logged in to this session, or null (used by AuthenticationMiddleware). */
    static User sessionUser(Request request) {
        Session session = request.session();
        Object id = session.get(SESSION_USER_ID);
        if (id == null) {
            return null;
        }
        User user;
        try {
            user = User.objects().filter("id", id.toString()).first();
        } catch (RuntimeException e) {
            user = null;
        }
        if (user == null || !user.isActive()
                || !constantTimeEquals(String.valueOf(session.get(SESSION_HASH)), sessionHash(request, user))) {
            session.flush();
            return null;
        }
        return user;
    }

    /** Django's get_session_auth_hash: an HMAC of the password hash under SECRET_KEY. */
    static String sessionHash(Request request, User user) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(("dev.djakarta.auth.session_hash"
                    + request.policy().secretKey()).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(user.getPassword().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

}
