package dev.djakarta.test;

import dev.djakarta.Site;
import dev.djakarta.db.fixtures.Fixtures;
import dev.djakarta.server.Engine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link SiteTest}: one engine per test class, a fresh {@link Client} per parameter.
 *
 * <p>A site with models gets an isolated database per test class ({@link TestDatabases}), built as Django's test
 * runner builds one: every app's migrations are applied, and apps without migrations get their tables from the
 * models ({@link Migrations#setUpTestDatabase()}).
 */
public final class DjakartaExtension implements ParameterResolver, org.junit.jupiter.api.extension.BeforeEachCallback,
        org.junit.jupiter.api.extension.AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(DjakartaExtension.class);

    /** Each test runs in a transaction that is rolled back afterwards (Django's TestCase), with its fixtures loaded. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Engine engine = engine(context);
        String[] fixtures = findConfig(context.getRequiredTestClass()).fixtures();
        if (engine.hasDatabase()) {
            engine.database().beginTestTransaction();
            if (fixtures.length > 0) {
                Site site = engine.site();
                List<Class<?>> models = site.apps().stream().flatMap(app -> app.models().stream()).toList();
                new Fixtures(engine.database(), models, site.getClass().getClassLoader()).load(List.of(fixtures));
            }
        } else if (fixtures.length > 0) {
            throw new IllegalStateException("@SiteTest(fixtures = ...) needs a site with models; "
                    + engine.site().getClass().getName() + " has none.");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Engine engine = engine(context);
        if (engine.hasDatabase()) {
            engine.database().rollbackTestTransaction();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        return type == Client.class || type == Engine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Engine engine = engine(e);
        if (p.getParameter().getType() == Client.class) {
            return new Client(engine).enforceCsrfChecks(findConfig(e.getRequiredTestClass()).enforceCsrfChecks());
        }
        return engine;
    }

    private static Engine engine(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        SiteTest config = findConfig(testClass);
        if (config == null) {
            throw new ParameterResolutionException(testClass.getName() + " needs @SiteTest(MySite.class) to get a Client");
        }
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NS).getOrComputeIfAbsent(testClass, k -> boot(config), Closeable.class).engine;
    }

    private static SiteTest findConfig(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            SiteTest s = k.getAnnotation(SiteTest.class);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static Closeable boot(SiteTest config) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String s : config.settings()) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@SiteTest settings must be NAME=value, got '" + s + "'");
            }
            overrides.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        Site site;
        try {
            site = config.value().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(config.value().getName() + " needs a public no-argument constructor", e);
        }
        TestEngines.Booted booted = TestEngines.boot(site, overrides);
        return new Closeable(booted.engine(), booted.dropDatabase());
    }

    /** Closes the engine when the class's store is closed. */
    private static final class Closeable implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Engine engine;
        final Runnable dropDatabase;

        Closeable(Engine engine, Runnable dropDatabase) {
            this.engine = engine;
            this.dropDatabase = dropDatabase;
        }

        @Override
        public void close() {
            try {
                engine.close();
            } finally {
                dropDatabase.run();
            }
        }
    }
}
