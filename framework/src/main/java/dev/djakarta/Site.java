package dev.djakarta;

import dev.djakarta.management.Command;
import dev.djakarta.urls.Converter;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.View;
import java.util.List;
import java.util.Map;

/**
 * A project: Django's settings.py + urls.py + wsgi.py in one class. Subclass it, list the installed apps, give the
 * root routes, and register the subclass in {@code META-INF/services/dev.djakarta.Site} so the CLI, the embedded
 * server and the WAR initializer find it. Settings themselves come from {@code settings.properties} and the
 * environment (see {@link dev.djakarta.conf.Settings}); the middleware list is the MIDDLEWARE setting.
 *
 * <pre>{@code
 * public final class BlogSite extends Site {
 *     public List<App> apps() { return List.of(new BlogApp()); }
 *     public Routes routes() { return Routes.of(include("", BlogApp.routes(), "blog")); }
 * }
 * }</pre>
 *
 * <p>The hooks are called once, at start-up, by {@link dev.djakarta.server.Engine#boot}. A Site needs a public
 * no-argument constructor.
 */
public abstract class Site {
    /** The root URL configuration. */
    public abstract Routes routes();

    /** Installed apps, in order (earlier apps' templates and static files win). */
    public List<App> apps() {
        return List.of();
    }

    /** Custom path converters by name, Django's register_converter. */
    public Map<String, Converter<?>> converters() {
        return Map.of();
    }

    /** Management commands of the project itself. */
    public List<Command> commands() {
        return List.of();
    }

    /** The view for 400 responses, or null for the built-in page. */
    public View handler400() {
        return null;
    }

    /** The view for 403 responses, or null for the built-in page. */
    public View handler403() {
        return null;
    }

    /** The view for 404 responses (when DEBUG is off), or null for the built-in page. */
    public View handler404() {
        return null;
    }

    /** The view for 500 responses (when DEBUG is off), or null for the built-in page. It must not fail itself. */
    public View handler500() {
        return null;
    }
}
