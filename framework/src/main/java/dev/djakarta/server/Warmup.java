package dev.djakarta.server;

import dev.djakarta.db.Database;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.templates.Templates;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work taken off the first request's path: while the server starts, a background thread interprets one HQL
 * query per model (loading Hibernate's HQL parser and filling its query-plan cache) and runs a small inline template
 * (loading Thymeleaf's parser, expression language and HTML escaper). None of it touches the database or the site's
 * templates, and a failure only means the first request does the work itself.
 */
public final class Warmup {
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    /** Starts warming {@code engine} up on a daemon thread and returns that thread. */
    public static Thread start(Engine engine) {
        Thread thread = new Thread(() -> run(engine), "djakarta-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return thread;
    }

    static void run(Engine engine) {
        long start = System.nanoTime();
        try {
            Templates.warmUp();
            if (engine.hasDatabase()) {
                Database db = engine.database();
                // a session of its own: no connection is taken, since no query runs
                try (Session session = db.sessionFactory().openSession()) {
                    for (ModelMeta<?> meta : db.models().values()) {
                        session.createSelectionQuery("select e from " + meta.entityName() + " e", meta.type());
                    }
                }
            }
            log.debug("Warm-up done in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            log.debug("Warm-up stopped: {}", e.toString());
        }
    }
}
