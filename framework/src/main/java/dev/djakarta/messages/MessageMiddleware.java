package dev.djakarta.messages;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.server.Components;
import dev.djakarta.server.Engine;

/**
 * Django's MessageMiddleware: gives each request its {@link RequestMessages} and, on the way out, keeps the unread
 * and new ones in the MESSAGE_STORAGE store (a signed cookie by default). A request that neither adds nor reads
 * messages reads no cookie and sets none.
 */
public final class MessageMiddleware implements Middleware {
    private final MessageStore store;
    private final int level;

    public MessageMiddleware(Engine engine) {
        this.store = Components.create(engine, "MESSAGE_STORAGE", engine.settings().string("MESSAGE_STORAGE",
                CookieStore.class.getName()), MessageStore.class);
        this.level = level(engine);
    }

    private static int level(Engine engine) {
        String value = engine.settings().string("MESSAGE_LEVEL", "info").trim();
        Integer named = Messages.LEVELS.get(value.toUpperCase(java.util.Locale.ROOT));
        if (named != null) {
            return named;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw engine.settings().invalid("MESSAGE_LEVEL", "expected debug, info, success, warning, error or a number");
        }
    }

    @Override
    public Response handle(Request request, Handler next) throws Exception {
        RequestMessages messages = new RequestMessages(request, store, level);
        request.setAttribute(Messages.ATTRIBUTE, messages);
        Response response = next.handle(request);
        messages.update(response);
        return response;
    }
}
