package dev.djakarta.db;

import dev.djakarta.http.Http404;
import java.util.List;

/** Django's get_object_or_404 and get_list_or_404. */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** The one object of {@code queryset} matching the lookups. @throws Http404 when there is none */
    public static <T> T getObjectOr404(QuerySet<T> queryset, Object... keysAndValues) {
        try {
            return queryset.get(keysAndValues);
        } catch (ObjectDoesNotExist e) {
            throw new Http404("No " + queryset.meta().type().getSimpleName() + " matches the given query.");
        }
    }

    /** The one {@code model} object matching the lookups. @throws Http404 when there is none */
    public static <T> T getObjectOr404(Class<T> model, Object... keysAndValues) {
        return getObjectOr404(Manager.of(model).all(), keysAndValues);
    }

    /** The matching objects. @throws Http404 when the list is empty */
    public static <T> List<T> getListOr404(QuerySet<T> queryset, Object... keysAndValues) {
        List<T> list = queryset.filter(keysAndValues).list();
        if (list.isEmpty()) {
            throw new Http404("No " + queryset.meta().type().getSimpleName() + " matches the given query.");
        }
        return list;
    }
}
