package dev.djakarta;

import dev.djakarta.management.Command;
import dev.djakarta.server.Engine;
import java.util.List;

/**
 * An installed app, Django's {@code AppConfig}: a label, its commands, and a hook run when the site starts.
 * Its templates and static files live on the classpath under {@code templates/} and {@code static/}
 * (conventionally in a folder named after the label: {@code static/blog/site.css}). Routes are included by the
 * project's {@link Site#routes()}, as in Django's root urls.py.
 */
public interface App {
    /** Short unique name, used in permission codenames and migration folders ({@code "blog"}). */
    String label();

    /** The app's model (entity) classes. */
    default List<Class<?>> models() {
        return List.of();
    }

    /** Management commands this app adds. */
    default List<Command> commands() {
        return List.of();
    }

    /**
     * Called after {@code migrate} brought the database up to date (and after a test database is built): Django's
     * post_migrate signal. The auth app creates the models' permissions here.
     */
    default void migrated(Engine engine) {
    }

    /** Called once when the engine has started: settings are loaded and routes compiled. */
    default void ready(Engine engine) {
    }
}
