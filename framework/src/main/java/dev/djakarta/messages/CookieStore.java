package dev.djakarta.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.djakarta.http.Cookie;
import dev.djakarta.http.Json;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.signing.BadSignature;
import dev.djakarta.signing.Signer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Django's CookieStorage: messages kept in a cookie (MESSAGE_COOKIE_NAME, {@code messages}) as base64url JSON,
 * signed with SECRET_KEY so the client can read but not forge them. The cookie is HttpOnly, SameSite=Lax, scoped to
 * the site's context path, Secure when set over HTTPS, and lasts for the browser session.
 *
 * <p>A tampered, truncated or foreign cookie reads as unreadable (the caller clears it); no error reaches the user.
 * A cookie is kept under 2,048 bytes, as in Django: when the messages do not fit, the oldest are dropped.
 */
public final class CookieStore implements MessageStore {
    /** Largest cookie value written, in bytes (Django's max_cookie_size). */
    static final int MAX_COOKIE_SIZE = 2048;
    private static final String SALT = "dev.djakarta.messages";

    private final String name;
    private final String path;
    private final String secret;
    private volatile Signer signer;

    public CookieStore(Engine engine) {
        this.name = engine.settings().string("MESSAGE_COOKIE_NAME", "messages");
        try {
            Cookie.of(name, "");
        } catch (IllegalArgumentException e) {
            throw engine.settings().invalid("MESSAGE_COOKIE_NAME", "expected a cookie name (letters, digits, - and _)");
        }
        this.path = engine.contextPath().isEmpty() ? "/" : engine.contextPath();
        this.secret = engine.settings().string("SECRET_KEY");
    }

    @Override
    public List<Message> load(Request request) {
        String value = request.cookie(name);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(signer().unsign(value, null));
            List<Message> out = new ArrayList<>();
            for (JsonNode item : Json.MAPPER.readTree(json)) {
                if (!item.isArray() || !item.path(0).isInt() || !item.path(1).isTextual()) {
                    return null;
                }
                out.add(new Message(item.get(0).asInt(), item.get(1).asText(), item.path(2).asText("")));
            }
            return out;
        } catch (BadSignature | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    @Override
    public void save(Request request, Response response, List<Message> messages) {
        List<Message> kept = new ArrayList<>(messages);
        String value = encode(kept);
        while (value.length() > MAX_COOKIE_SIZE && !kept.isEmpty()) {
            kept.remove(0);
            value = kept.isEmpty() ? "" : encode(kept);
        }
        if (kept.isEmpty()) {
            if (request.cookie(name) != null) {
                response.cookie(Cookie.deleted(name, path, null));
            }
            return;
        }
        response.cookie(Cookie.of(name, value).withPath(path).withHttpOnly(true).withSameSite("Lax").withSecure(request.isSecure()));
    }

    private String encode(List<Message> messages) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Message m : messages) {
            ArrayNode item = array.addArray().add(m.level()).add(m.text());
            if (!m.extraTags().isEmpty()) {
                item.add(m.extraTags());
            }
        }
        String json = array.toString();
        return signer().sign(Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Made on first use, so a DEBUG site without SECRET_KEY starts and only fails when it stores a message. */
    private Signer signer() {
        Signer s = signer;
        if (s == null) {
            s = new Signer(secret, SALT);
            signer = s;
        }
        return s;
    }
}
