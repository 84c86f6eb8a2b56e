package dev.djakarta.server;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Routes;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health endpoints for load balancers and orchestrators: {@code healthz} (the process answers) and {@code readyz}
 * (the database answers within the pool's connect timeout, and every migration is applied). Include them with
 * {@code include("", Health.routes())}. Responses are JSON and never cached.
 */
public final class Health {
    private Health() {
    }

    public static Routes routes() {
        return Routes.of(path("healthz", Health::live, "healthz"), path("readyz", Health::ready, "readyz"));
    }

    static Response live(Request request) {
        return noCache(Response.json(Map.of("status", "ok")));
    }

    static Response ready(Request request) {
        Engine engine = Engine.of(request);
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean ok = true;
        if (engine.hasDatabase()) {
            try (Connection c = engine.database().dataSource().getConnection()) {
                checks.put("database", c.isValid(2) ? "ok" : "unreachable");
            } catch (Exception e) {
                checks.put("database", "unreachable");
            }
            ok = "ok".equals(checks.get("database"));
            for (ReadinessCheck check : engine.readinessChecks()) {
                String problem;
                try {
                    problem = ok ? check.problem(engine) : null;
                } catch (Exception e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    checks.put(check.name(), problem);
                    ok = false;
                } else if (ok) {
                    checks.put(check.name(), "ok");
                }
            }
        }
        checks.put("status", ok ? "ok" : "unavailable");
        return noCache(Response.json(ok ? 200 : 503, checks));
    }

    private static Response noCache(Response r) {
        return r.header("Cache-Control", "no-store");
    }

    /** One more condition for readiness (e.g. "migrations applied"). */
    public interface ReadinessCheck {
        String name();

        /** Null when ready, else what is wrong. */
        String problem(Engine engine) throws Exception;
    }
}
