package dev.djakarta.blog;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.App;
import dev.djakarta.db.migrations.Migrations;
import dev.djakarta.server.Engine;
import dev.djakarta.server.Health;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.Methods;
import dev.djakarta.views.RedirectView;
import dev.djakarta.views.TemplateView;
import java.util.List;

/**
 * The blog app: posts in categories with tags, and readers' comments. Its templates are in templates/blog/, its
 * static files in static/blog/, its migrations in migrations/blog/, its demo content in fixtures/blog_demo.json.
 */
public final class BlogApp implements App {
    @Override
    public String label() {
        return "blog";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(Category.class, Tag.class, Post.class, Comment.class);
    }

    /** The blog's URLs, included at the site root. Post URLs use the yyyy/mm/dd converters of {@link DateConverters}. */
    public Routes routes() {
        return Routes.of(
                path("", BlogViews::home, "home"),
                path("<yyyy:year>/<mm:month>/<dd:day>/<slug:slug>/", BlogViews::postDetail, "post_detail"),
                path("<yyyy:year>/<mm:month>/<dd:day>/<slug:slug>/comment/", Methods.requirePost(BlogViews::postComment),
                        "post_comment"),
                path("category/<slug:slug>/", BlogViews::category, "category"),
                path("tag/<slug:slug>/", BlogViews::tag, "tag"),
                path("search/", BlogViews::search, "search"),
                path("feed/rss/", FeedViews::rss, "feed_rss"),
                path("feed/atom/", FeedViews::atom, "feed_atom"),
                path("sitemap.xml", FeedViews::sitemap, "sitemap"),
                path("api/posts/", ApiViews::postList, "api_post_list"),
                path("api/posts/<int:id>/", ApiViews::postDetail, "api_post_detail"),
                path("about/", TemplateView.of("blog/about.html"), "about"),
                path("contact/", new ContactView(), "contact"),
                path("index.html", RedirectView.toRoute("home").permanent(), "index_html"));
    }

    /**
     * Applies migrations and loads the demo content when the settings ask for it ({@link FirstRun}), and makes
     * {@code readyz} wait for the migrations.
     */
    @Override
    public void ready(Engine engine) {
        FirstRun.run(engine, System.out);
        engine.addReadinessCheck(new MigrationsApplied());
    }

    /** readyz fails while migrations are pending; once they are all applied it stops asking the database. */
    private static final class MigrationsApplied implements Health.ReadinessCheck {
        private volatile boolean applied;

        @Override
        public String name() {
            return "migrations";
        }

        @Override
        public String problem(Engine engine) {
            if (applied) {
                return null;
            }
            List<String> labels = engine.site().apps().stream().map(App::label).toList();
            int pending = new Migrations(engine.database(), labels, engine.site().getClass().getClassLoader()).unapplied().size();
            if (pending > 0) {
                return pending + " unapplied migration(s); run 'migrate'";
            }
            applied = true;
            return null;
        }
    }
}
