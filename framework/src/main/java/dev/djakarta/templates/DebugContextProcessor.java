package dev.djakarta.templates;

import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@code debug = true} when DEBUG is on and the client's address is in INTERNAL_IPS, and nothing otherwise:
 * Django's {@code context_processors.debug}. Templates test it with {@code th:if="${debug}"}.
 */
public final class DebugContextProcessor implements ContextProcessor {
    private static final Map<String, Object> DEBUG = Map.of("debug", Boolean.TRUE);
    private final boolean debug;
    private final Set<String> internalIps;

    public DebugContextProcessor(Engine engine) {
        this.debug = engine.debug();
        this.internalIps = Set.copyOf(engine.settings().list("INTERNAL_IPS"));
    }

    @Override
    public Map<String, Object> context(Request request) {
        return debug && internalIps.contains(request.remoteAddr()) ? DEBUG : Map.of();
    }
}
