package dev.djakarta.testmodels;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.db.Shortcuts;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Routes;
import java.util.List;
import java.util.Map;

/** A site with models, for the model layer's tests. */
public class ModelsSite extends Site {
    /** The app owning the test models (tables blog_post, blog_author, ...). */
    public static final class BlogApp implements App {
        @Override
        public String label() {
            return "blog";
        }

        @Override
        public List<Class<?>> models() {
            return List.of(Author.class, Category.class, Tag.class, Post.class, Comment.class);
        }
    }

    @Override
    public List<App> apps() {
        return List.of(new BlogApp());
    }

    @Override
    public Routes routes() {
        return Routes.of(
                path("new/", dev.djakarta.views.CreateView.of(Post.class, "title", "slug", "status", "author", "tags", "views")
                        .successRoute("post_detail", p -> new Object[] {p.getId()}), "post_new"),
                path("edit/<int:pk>/", dev.djakarta.views.UpdateView.of(Post.class, "title", "views")
                        .successRoute("post_detail", p -> new Object[] {p.getId()}), "post_edit"),
                path("delete/<int:pk>/", dev.djakarta.views.DeleteView.of(Post.class).successRoute("post_list"), "post_delete"),
                path("list/", dev.djakarta.views.ListView.of(Post.class).ordering("views").paginateBy(2).contextObjectName("posts"), "post_list"),
                path("detail/<int:pk>/", dev.djakarta.views.DetailView.of(Post.class), "post_detail"),
                path("by-slug/<slug:slug>/", dev.djakarta.views.DetailView.of(Post.class), "post_by_slug"),
                path("posts/<int:id>/", r -> {
                    Post p = Shortcuts.getObjectOr404(Post.objects().all().selectRelated("author"), "id", r.intKwarg("id"));
                    return Response.json(Map.of("title", p.getTitle(), "author", p.getAuthor().getUsername()));
                }, "post"),
                path("posts/", r -> Response.json(Post.objects().filter("title__icontains", r.query().get("q", ""))
                        .orderBy(r.query().get("o", "id")).valuesListFlat("title")), "posts"),
                path("lazy/<int:id>/", r -> {
                    Post p = Post.objects().get("pk", r.kwarg("id"));
                    return Response.text(p.getAuthor().getUsername() + ":" + p.getTags().size());
                }, "lazy"),
                path("create/", r -> {
                    Author a = Author.objects().get("username", r.form("author"));
                    Post p = Post.objects().create("title", r.form("title"), "author", a);
                    if (r.form("fail") != null) {
                        throw new IllegalStateException("fail after write");
                    }
                    return Response.text(String.valueOf(p.getId()));
                }, "create"));
    }
}
