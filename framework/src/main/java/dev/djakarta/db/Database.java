package dev.djakarta.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.conf.Settings;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's database: a HikariCP pool and a Hibernate SessionFactory built from the settings alone (no
 * persistence.xml), plus the unit of work of the current thread.
 *
 * <p><b>Unit of work.</b> Each thread has at most one Hibernate session, opened on first use by a query and closed
 * by {@link #endUnitOfWork()} (the engine calls it after the response has been written, so templates can walk lazy
 * relations). The session takes a pooled connection on its first statement and holds it until the unit of work
 * ends, as Django holds a connection per request: code that queries on threads of its own (not in a request) must
 * call {@link #endUnitOfWork()} when done, or the connection stays out of the pool. Reads run in autocommit mode,
 * without a transaction; writes and {@link #atomic} blocks run in a transaction, and a nested atomic block is a
 * savepoint, as in Django.
 *
 * <p>Start-up does not need the database to be reachable: the dialect comes from DATABASE_URL, and the pool
 * connects on first use (so a site whose database is down answers with errors, then recovers by itself).
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final Map<Class<?>, Database> BY_MODEL = new ConcurrentHashMap<>();

    private final DatabaseConfig config;
    private final java.time.ZoneId timeZone;
    private final HikariDataSource dataSource;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final SessionFactory sessionFactory;
    private final Map<Class<?>, ModelMeta<?>> models;
    private final Map<Class<?>, String> labels;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final QueryCounter counter = new QueryCounter();

    /** The session of one thread and how deep in atomic blocks it is. */
    private static final class UnitOfWork {
        final Session session;
        int depth;
        boolean pinned;

        UnitOfWork(Session session) {
            this.session = session;
        }
    }

    private Database(Settings settings, Map<Class<?>, String> labels) {
        this.config = DatabaseConfig.from(settings);
        try {
            this.timeZone = java.time.ZoneId.of(settings.string("TIME_ZONE", "UTC"));
        } catch (java.time.DateTimeException e) {
            throw settings.invalid("TIME_ZONE", "expected a time zone name such as UTC or Europe/Paris");
        }
        this.labels = Map.copyOf(labels);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        if (config.driverClassName() != null) {
            hikari.setDriverClassName(config.driverClassName());
        }
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setPoolName("djakarta");
        hikari.setMaximumPoolSize(positive(settings, "DATABASE_POOL_SIZE", 10));
        hikari.setConnectionTimeout(positive(settings, "DATABASE_CONNECT_TIMEOUT", 5) * 1000L);
        hikari.setIdleTimeout(positive(settings, "DATABASE_IDLE_TIMEOUT", 600) * 1000L);
        hikari.setMaxLifetime(positive(settings, "DATABASE_MAX_LIFETIME", 1800) * 1000L);
        hikari.setInitializationFailTimeout(-1);
        this.dataSource = new HikariDataSource(hikari);
        try {
            Map<String, String> byName = new LinkedHashMap<>();
            labels.forEach((type, label) -> byName.put(type.getName(), label));
            this.registry = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.connection.datasource", dataSource)
                    .applySetting("hibernate.dialect", dialect(config.vendor()))
                    .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                    // one connection per unit of work, taken on first use and returned when it ends (Django's
                    // per-request connection); the default would return it to the pool after every autocommit read
                    // and borrow it again for the next one
                    .applySetting("hibernate.connection.handling_mode", "DELAYED_ACQUISITION_AND_HOLD")
                    .applySetting("hibernate.jdbc.batch_size", "50")
                    .applySetting("hibernate.order_inserts", "true")
                    .applySetting("hibernate.order_updates", "true")
                    .applySetting("hibernate.query.fail_on_pagination_over_collection_fetch", "true")
                    .applySetting("hibernate.show_sql", Boolean.toString(settings.bool("DATABASE_LOG_SQL")))
                    .applySetting("hibernate.hbm2ddl.auto", "none")
                    // like Django's save(), saving does not run validators; ModelForm validates explicitly
                    .applySetting("jakarta.persistence.validation.mode", "none")
                    .applySetting("hibernate.session_factory.statement_inspector", counter)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            labels.keySet().forEach(sources::addAnnotatedClass);
            this.metadata = sources.getMetadataBuilder()
                    .applyImplicitNamingStrategy(new TableNaming(byName))
                    .applyPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy())
                    .build();
            this.sessionFactory = metadata.buildSessionFactory();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new ImproperlyConfigured("The models could not be mapped: " + rootMessage(e), e);
        }
        Map<Class<?>, ModelMeta<?>> metas = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, String> e : labels.entrySet()) {
            metas.put(e.getKey(), meta(e.getKey(), e.getValue()));
        }
        this.models = Map.copyOf(metas);
    }

    private <T> ModelMeta<T> meta(Class<T> type, String label) {
        EntityType<T> entity = sessionFactory.getMetamodel().entity(type);
        return new ModelMeta<>(type, label, entity);
    }

    /**
     * Connects (lazily) to the database named by the settings and maps {@code models} (entity class to app label).
     *
     * @throws ImproperlyConfigured for a bad DATABASE_* setting or a model Hibernate cannot map
     */
    public static Database open(Settings settings, Map<Class<?>, String> models) {
        Database db = new Database(settings, models);
        models.keySet().forEach(type -> BY_MODEL.put(type, db));
        log.debug("Database {} with {} models", db.config, models.size());
        return db;
    }

    /** The database a model belongs to (the one most recently opened with it). */
    public static Database forModel(Class<?> type) {
        Database db = BY_MODEL.get(type);
        if (db == null) {
            throw new ImproperlyConfigured(type.getName() + " is not a model of any started site. List it in its App's models() "
                    + "and start the site (Engine.boot) before querying.");
        }
        return db;
    }

    private static int positive(Settings s, String name, int fallback) {
        int v = s.integer(name, fallback);
        if (v <= 0) {
            throw s.invalid(name, "expected a number greater than 0");
        }
        return v;
    }

    private static String dialect(Vendor vendor) {
        return switch (vendor) {
            case H2 -> "org.hibernate.dialect.H2Dialect";
            case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
            case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    // ---- metadata ------------------------------------------------------------------------------------------

    /**
     * The TIME_ZONE setting's zone: forms show and read {@code Instant} fields as local date-times in it (a
     * {@code datetime-local} input has no zone), as Django does with USE_TZ.
     */
    public java.time.ZoneId timeZone() {
        return timeZone;
    }

    public Vendor vendor() {
        return config.vendor();
    }

    public DatabaseConfig config() {
        return config;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Hibernate's boot metadata (tables, columns): used by schema tooling such as makemigrations. */
    public Metadata metadata() {
        return metadata;
    }

    /** Entity class to app label. */
    public Map<Class<?>, String> labels() {
        return labels;
    }

    /** Every model's metadata. */
    public Map<Class<?>, ModelMeta<?>> models() {
        return models;
    }

    /** One model's metadata. @throws ImproperlyConfigured when the class is not a model of this database */
    @SuppressWarnings("unchecked")
    public <T> ModelMeta<T> meta(Class<T> type) {
        ModelMeta<T> m = (ModelMeta<T>) models.get(type);
        if (m == null) {
            throw new ImproperlyConfigured(type.getName() + " is not a model of this site. Models: " + models.keySet());
        }
        return m;
    }

    /** The manager of a model: Django's {@code Model.objects}. */
    public <T> Manager<T> manager(Class<T> type) {
        return new Manager<>(this, meta(type));
    }

    // ---- unit of work -----------------------------------------------------------------------------------------

    /** The current thread's session, opened on first use. */
    public Session session() {
        UnitOfWork u = current.get();
        if (u == null) {
            u = new UnitOfWork(sessionFactory.openSession());
            current.set(u);
        }
        return u.session;
    }

    /** True when this thread is inside an {@link #atomic} block (or a test transaction). */
    public boolean inAtomicBlock() {
        UnitOfWork u = current.get();
        return u != null && u.depth > 0;
    }

    /**
     * Ends the thread's unit of work: an unfinished transaction is rolled back and the session closed. Does
     * nothing when there is none, or while a test transaction pins it.
     */
    public void endUnitOfWork() {
        UnitOfWork u = current.get();
        if (u == null || u.pinned) {
            return;
        }
        current.remove();
        try {
            Transaction tx = u.session.getTransaction();
            if (tx.isActive()) {
                tx.rollback();
            }
        } finally {
            u.session.close();
        }
    }

    /**
     * Runs a write: inside a transaction it simply joins it (no savepoint, as Django's save() inside atomic()), outside
     * one it runs in its own short transaction (autocommit). Used by Manager and QuerySet writes.
     */
    public <T> T write(Callable<T> work) {
        UnitOfWork u = current.get();
        if (u != null && u.depth > 0) {
            try {
                return work.call();
            } catch (Throwable t) {
                throw sneaky(t);
            }
        }
        return atomic(work);
    }

    /** {@link #write(Callable)} for work without a result. */
    public void write(ThrowingRunnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in a transaction (a savepoint when already in one) and returns its result. */
    public <T> T atomic(Callable<T> work) {
        Session s = session();
        UnitOfWork u = current.get();
        if (u.depth == 0) {
            Transaction tx = s.beginTransaction();
            u.depth++;
            try {
                T result = work.call();
                tx.commit();   // flushes first (one flush: the block's deferred saves go out in batches here)
                return result;
            } catch (Throwable t) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                s.clear();
                throw sneaky(t);
            } finally {
                u.depth--;
            }
        }
        s.flush();
        Savepoint savepoint = s.doReturningWork(c -> c.setSavepoint());
        u.depth++;
        try {
            T result = work.call();
            s.flush();
            s.doWork(c -> c.releaseSavepoint(savepoint));
            return result;
        } catch (Throwable t) {
            s.doWork(c -> c.rollback(savepoint));
            // entities changed inside the block no longer match the rows; forget them rather than flush them later
            s.clear();
            throw sneaky(t);
        } finally {
            u.depth--;
        }
    }

    /** Runs {@code work} in a transaction (a savepoint when already in one). */
    public void atomic(ThrowingRunnable work) {
        atomic(() -> {
            work.run();
            return null;
        });
    }

    /** A block of work that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Starts a transaction that outlives requests on this thread until {@link #rollbackTestTransaction}: each test
     * runs inside one, and everything it (or the test client's requests) wrote is rolled back after it.
     */
    public void beginTestTransaction() {
        session();
        UnitOfWork u = current.get();
        u.session.beginTransaction();
        u.depth = 1;
        u.pinned = true;
    }

    /** Rolls back the test transaction and closes the session. */
    public void rollbackTestTransaction() {
        UnitOfWork u = current.get();
        if (u == null) {
            return;
        }
        u.pinned = false;
        u.depth = 0;
        endUnitOfWork();
    }

    /** The SQL statements {@code block} runs on this thread, in order (Django's CaptureQueriesContext). */
    public List<String> captureQueries(ThrowingRunnable block) {
        List<String> statements = counter.start();
        try {
            block.run();
        } catch (Exception e) {
            throw sneaky(e);
        } finally {
            counter.stop();
        }
        return List.copyOf(statements);
    }

    /**
     * Creates every model's table straight from the mapping (no migrations): for tests and throwaway databases.
     * Projects use migrations.
     */
    public void createTablesFromModels() {
        sessionFactory.getSchemaManager().create(true);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    @Override
    public void close() {
        models.keySet().forEach(type -> BY_MODEL.remove(type, this));
        try {
            sessionFactory.close();
        } finally {
            try {
                StandardServiceRegistryBuilder.destroy(registry);
            } finally {
                dataSource.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Database[" + config + "]";
    }
}
