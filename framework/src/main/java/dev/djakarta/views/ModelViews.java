package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.db.QuerySet;
import dev.djakarta.db.Shortcuts;
import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import java.util.Map;
import java.util.function.Function;

/** What the editing views share: the model, finding the object from the route, and where to go on success. */
final class ModelViews {
    private ModelViews() {
    }

    /** The object named by the route's {@code pk}, {@code id} or {@code slug} argument. @throws dev.djakarta.http.Http404 */
    static <T> T object(Request request, QuerySet<T> qs, String slugField) {
        Map<String, Object> kwargs = request.kwargs();
        if (kwargs.containsKey("pk")) {
            return Shortcuts.getObjectOr404(qs, "pk", kwargs.get("pk"));
        }
        if (kwargs.containsKey("id")) {
            return Shortcuts.getObjectOr404(qs, "pk", kwargs.get("id"));
        }
        if (kwargs.containsKey("slug")) {
            return Shortcuts.getObjectOr404(qs, slugField, kwargs.get("slug"));
        }
        throw new IllegalStateException("This view needs a <pk>, <id> or <slug> argument in its route, "
                + "e.g. path(\"posts/<int:pk>/edit/\", UpdateView.of(Post.class, ...), ...)");
    }

    /** Resolves a success target: a route name (reversed with the function's arguments) or a URL. */
    static <T> String successUrl(Request request, String route, Function<T, Object[]> args, Function<T, String> url, T object) {
        if (url != null) {
            return url.apply(object);
        }
        if (route != null) {
            return Engine.of(request).reverse(route, args == null ? new Object[0] : args.apply(object));
        }
        throw new IllegalStateException("No URL to redirect to. Give the view a successRoute(...) or successUrl(...).");
    }

    static <T> String template(Manager<T> manager, String explicit, String suffix) {
        return explicit != null ? explicit : manager.meta().label() + "/" + manager.meta().modelName() + suffix;
    }
}
