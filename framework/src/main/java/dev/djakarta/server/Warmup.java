package dev.djakarta.server;

import dev.djakarta.db.Database;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.templates.Templates;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work taken off the critical path of {@code runserver}: while the site boots, a background thread loads the
 * embedded server's classes and runs a small inline template (Thymeleaf's parser, expression language and HTML
 * escaper); once it has booted, another interprets one HQL query per model (Hibernate's HQL parser, and its
 * query-plan cache) while the server starts. None of it touches the database or the site's templates, and a failure
 * only means the first request does the work itself.
 */
public final class Warmup {
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {
    }

    /**
     * Starts the part of the warm-up that needs no site on a daemon thread: the embedded server's and Thymeleaf's
     * classes, loaded while the site boots (mostly Hibernate, on the other core). Returns the thread.
     */
    public static Thread startBeforeBoot() {
        Thread thread = new Thread(() -> {
            try {
                EmbeddedServer.preload();
                Templates.warmUp();
            } catch (RuntimeException | LinkageError e) {
                log.debug("Warm-up stopped: {}", e.toString());
            }
        }, "djakarta-preload");
        thread.setDaemon(true);
        thread.start();
        return thread;
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
