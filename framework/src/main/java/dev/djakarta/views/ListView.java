package dev.djakarta.views;

import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.db.Page;
import dev.djakarta.db.Paginator;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code ListView}: a page of a model's objects rendered with a template.
 *
 * <pre>{@code
 * path("", ListView.of(Post.class).ordering("-published").paginateBy(10).contextObjectName("posts"), "post_list")
 * }</pre>
 *
 * The template ({@code <app_label>/<model>_list.html} unless set) gets {@code object_list}, the context object name
 * ({@code <model>_list} by default), and with pagination {@code page_obj}, {@code paginator} and
 * {@code is_paginated}. A non-numeric or out-of-range {@code ?page=} is a 404. Override {@link #queryset} to filter
 * per request (a fresh QuerySet is built for every request).
 */
public class ListView<T> extends MethodView {
    private final Class<T> model;
    private String[] ordering = {};
    private int paginateBy;
    private int orphans;
    private String pageKwarg = "page";
    private String templateName;
    private String contextObjectName;

    public ListView(Class<T> model) {
        this.model = model;
    }

    public static <T> ListView<T> of(Class<T> model) {
        return new ListView<>(model);
    }

    public ListView<T> ordering(String... fields) {
        this.ordering = fields.clone();
        return this;
    }

    public ListView<T> paginateBy(int perPage) {
        this.paginateBy = perPage;
        return this;
    }

    public ListView<T> orphans(int orphans) {
        this.orphans = orphans;
        return this;
    }

    public ListView<T> pageKwarg(String name) {
        this.pageKwarg = name;
        return this;
    }

    public ListView<T> templateName(String name) {
        this.templateName = name;
        return this;
    }

    public ListView<T> contextObjectName(String name) {
        this.contextObjectName = name;
        return this;
    }

    /** The objects to list for this request (default: all, in {@link #ordering}). */
    protected QuerySet<T> queryset(Request request) throws Exception {
        QuerySet<T> qs = Manager.of(model).all();
        return ordering.length == 0 ? qs : qs.orderBy(ordering);
    }

    /** Extra variables for the template; override and call super. */
    protected Map<String, Object> contextData(Request request, Map<String, Object> context) throws Exception {
        return context;
    }

    @Override
    protected Response get(Request request) throws Exception {
        QuerySet<T> qs = queryset(request);
        ModelMeta<T> meta = qs.meta();
        Map<String, Object> context = new LinkedHashMap<>(request.kwargs());
        List<T> objects;
        if (paginateBy > 0) {
            Paginator<T> paginator = new Paginator<>(qs, paginateBy, orphans);
            Page<T> page = paginator.page(request.query(pageKwarg));
            objects = page.objectList();
            context.put("paginator", paginator);
            context.put("page_obj", page);
            context.put("is_paginated", page.hasOtherPages());
        } else {
            objects = qs.list();
            context.put("paginator", null);
            context.put("page_obj", null);
            context.put("is_paginated", false);
        }
        context.put("object_list", objects);
        context.put(contextObjectName != null ? contextObjectName : meta.modelName() + "_list", objects);
        String template = templateName != null ? templateName : meta.label() + "/" + meta.modelName() + "_list.html";
        return Render.render(request, template, contextData(request, context));
    }
}
