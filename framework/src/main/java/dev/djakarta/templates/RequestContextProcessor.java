package dev.djakarta.templates;

import dev.djakarta.http.Request;
import java.util.Map;

/** Adds {@code request}, the current {@link Request}: Django's {@code context_processors.request}. */
public final class RequestContextProcessor implements ContextProcessor {
    @Override
    public Map<String, Object> context(Request request) {
        return Map.of("request", request);
    }
}
