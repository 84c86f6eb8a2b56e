package dev.djakarta.benchmarks.tfb.djakarta;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.App;
import dev.djakarta.benchmarks.tfb.TfbData;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Routes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The benchmark app: the two models and the six TechEmpower routes. With the setting TFB_CREATE_TABLES on (the
 * default for the in-memory H2 database), {@link #ready} creates and fills the tables when the site starts.
 */
public final class TfbApp implements App {
    @Override
    public String label() {
        return "tfb";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(World.class, Fortune.class);
    }

    /** The routes, included at the site root. */
    public Routes routes() {
        return Routes.of(
                path("plaintext", TfbViews::plaintext, "plaintext"),
                path("json", TfbViews::json, "json"),
                path("db", TfbViews::db, "db"),
                path("queries", TfbViews::queries, "queries"),
                path("updates", TfbViews::updates, "updates"),
                path("fortunes", TfbViews::fortunes, "fortunes"));
    }

    @Override
    public void ready(Engine engine) {
        if (engine.settings().bool("TFB_CREATE_TABLES")) {
            try (Connection c = engine.database().dataSource().getConnection()) {
                TfbData.create(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Creating the benchmark tables failed: " + e.getMessage(), e);
            }
        }
    }
}
