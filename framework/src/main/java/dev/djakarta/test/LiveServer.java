package dev.djakarta.test;

import dev.djakarta.Site;
import dev.djakarta.conf.Settings;
import dev.djakarta.server.EmbeddedServer;
import dev.djakarta.server.Engine;
import dev.djakarta.server.FrontController;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site served for real over HTTP, for browser tests: Django's {@code LiveServerTestCase}. The site is booted with
 * an isolated test database (as {@link SiteTest} builds one: migrations applied, nothing rolled back, since the
 * server's threads commit what the browser does), served by the embedded Jetty on a free loopback port, and
 * {@code 127.0.0.1} is added to {@code ALLOWED_HOSTS}. Closing stops the server, closes the engine and drops the
 * database.
 *
 * <pre>{@code
 * try (LiveServer live = LiveServer.start(new BlogSite(), Map.of("DEBUG", "false", "SECRET_KEY", "..."))) {
 *     driver.get(live.url("/admin/"));
 * }
 * }</pre>
 */
public final class LiveServer implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final Engine engine;
    private final EmbeddedServer server;
    private final Runnable dropDatabase;

    private LiveServer(Engine engine, EmbeddedServer server, Runnable dropDatabase) {
        this.engine = engine;
        this.server = server;
        this.dropDatabase = dropDatabase;
    }

    /**
     * Boots {@code site} with {@code settings} on top of its own and starts serving it.
     *
     * @throws Exception when the site or the server cannot start (the test database is dropped first)
     */
    public static LiveServer start(Site site, Map<String, String> settings) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(settings);
        List<String> hosts = new ArrayList<>(Settings.load(site.getClass().getClassLoader(), overrides).list("ALLOWED_HOSTS"));
        if (!hosts.contains(HOST) && !hosts.contains("*")) {
            hosts.add(HOST);
        }
        overrides.put("ALLOWED_HOSTS", String.join(",", hosts));
        TestEngines.Booted booted = TestEngines.boot(site, overrides);
        try {
            EmbeddedServer server = EmbeddedServer.start(HOST, 0, new FrontController(booted.engine()), 16, 1000, "off");
            return new LiveServer(booted.engine(), server, booted.dropDatabase());
        } catch (Exception | Error e) {
            try {
                booted.engine().close();
            } finally {
                booted.dropDatabase().run();
            }
            throw e;
        }
    }

    /** The running site, for setting up data (outside any request, writes commit at once). */
    public Engine engine() {
        return engine;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The absolute URL of {@code path} (which starts with {@code /}) on this server. */
    public String url(String path) {
        return "http://" + HOST + ":" + server.port() + path;
    }

    /** Stops the server (which closes the engine) and drops the test database. */
    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            try {
                engine.close();
            } finally {
                dropDatabase.run();
            }
        }
    }
}
