package dev.djakarta.security;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.views.View;
import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Django's CSRF tokens: a 32-character secret per browser (in the {@code csrftoken} cookie, or the session with
 * CSRF_USE_SESSIONS) and a 64-character masked token that differs on every render (so BREACH-style attacks on
 * compressed pages learn nothing). Forms send the token as {@code csrfmiddlewaretoken}, scripts as the
 * {@code X-CSRFToken} header.
 */
public final class Csrf {
    /** Request attribute holding a {@code Supplier<String>} of masked tokens (templates read it). */
    public static final String TOKEN_ATTRIBUTE = "djakarta.csrf_token";
    /** The form field name. */
    public static final String FIELD = "csrfmiddlewaretoken";
    static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final int SECRET_LENGTH = 32;
    static final int TOKEN_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** A new masked token for the request's form or script (Django's get_token). */
    public static String token(Request request) {
        Supplier<String> s = request.attribute(TOKEN_ATTRIBUTE);
        if (s == null) {
            throw new IllegalStateException("CSRF tokens need dev.djakarta.security.CsrfMiddleware in MIDDLEWARE");
        }
        return s.get();
    }

    /** Changes the secret (at login, so a token planted before login is useless after). */
    public static void rotate(Request request) {
        CsrfMiddleware.State state = request.attribute(CsrfMiddleware.STATE_ATTRIBUTE);
        if (state != null) {
            state.rotate();
        }
    }

    /** A view that is not CSRF-checked (webhooks called by other servers): Django's csrf_exempt. */
    public static View exempt(View view) {
        return new ExemptView(view);
    }

    /** The marker type of exempt views. */
    record ExemptView(View view) implements View {
        @Override
        public Response handle(Request request) throws Exception {
            return view.handle(request);
        }
    }

    static String randomString(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    static String mask(String secret) {
        String mask = randomString(SECRET_LENGTH);
        StringBuilder cipher = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            cipher.append(CHARS.charAt((CHARS.indexOf(secret.charAt(i)) + CHARS.indexOf(mask.charAt(i))) % CHARS.length()));
        }
        return mask + cipher;
    }

    static String unmask(String token) {
        String mask = token.substring(0, SECRET_LENGTH);
        String cipher = token.substring(SECRET_LENGTH);
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int x = CHARS.indexOf(cipher.charAt(i)) - CHARS.indexOf(mask.charAt(i));
            secret.append(CHARS.charAt(Math.floorMod(x, CHARS.length())));
        }
        return secret.toString();
    }

    static boolean wellFormed(String token, int length) {
        if (token == null || token.length() != length) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (CHARS.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
