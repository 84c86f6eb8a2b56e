package dev.djakarta.test;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.db.migrations.Migrations;
import dev.djakarta.server.Engine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boots a site for tests as Django's test runner does: a site with models gets an isolated database
 * ({@link TestDatabases}) with every app's migrations applied, and tables from the models for apps without
 * migrations ({@link Migrations#setUpTestDatabase()}). Shared by {@link SiteTest} and {@link LiveServer}.
 */
final class TestEngines {
    /** A booted engine and how to drop its test database (a no-op for sites without models). */
    record Booted(Engine engine, Runnable dropDatabase) {
    }

    private TestEngines() {
    }

    static Booted boot(Site site, Map<String, String> settings) {
        Map<String, String> overrides = new LinkedHashMap<>(settings);
        TestDatabases.Isolated isolated = null;
        if (site.apps().stream().anyMatch(app -> !app.models().isEmpty())) {
            isolated = TestDatabases.isolate(dev.djakarta.conf.Settings.load(site.getClass().getClassLoader(), overrides));
            overrides.putAll(isolated.settings());
        }
        Engine engine;
        try {
            engine = Client.bootForTests(site, overrides);
            if (isolated != null) {
                List<String> labels = site.apps().stream().map(App::label).toList();
                new Migrations(engine.database(), labels, site.getClass().getClassLoader()).setUpTestDatabase();
                for (App app : site.apps()) {
                    app.migrated(engine);
                }
            }
        } catch (RuntimeException e) {
            if (isolated != null) {
                isolated.drop().run();
            }
            throw e;
        }
        return new Booted(engine, isolated == null ? () -> { } : isolated.drop());
    }
}
