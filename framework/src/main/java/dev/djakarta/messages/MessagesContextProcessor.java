package dev.djakarta.messages;

import dev.djakarta.http.Request;
import dev.djakarta.templates.ContextProcessor;
import java.util.Map;

/**
 * Adds {@code messages} (the request's {@link RequestMessages}; iterate it to show and consume them) and
 * {@code DEFAULT_MESSAGE_LEVELS} (level names to numbers): Django's {@code messages.context_processors.messages}.
 */
public final class MessagesContextProcessor implements ContextProcessor {
    @Override
    public Map<String, Object> context(Request request) {
        return Map.of("messages", Messages.get(request), "DEFAULT_MESSAGE_LEVELS", Messages.LEVELS);
    }
}
