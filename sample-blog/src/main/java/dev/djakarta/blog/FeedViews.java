package dev.djakarta.blog;

import static dev.djakarta.templates.Render.renderXml;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.templates.Render;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable views: the latest posts as RSS 2.0 ({@code /feed/rss/}) and Atom ({@code /feed/atom/}), and
 * the sitemap ({@code /sitemap.xml}). Each is an XML template rendered in Thymeleaf's XML mode (values escaped),
 * with absolute URLs built from the request's scheme and host.
 */
final class FeedViews {
    static final int FEED_SIZE = 20;

    private FeedViews() {
    }

    static Response rss(Request request) {
        return renderXml(request, "blog/feed_rss.xml", feedContext(), Render.RSS);
    }

    static Response atom(Request request) {
        return renderXml(request, "blog/feed_atom.xml", feedContext(), Render.ATOM);
    }

    /** The latest posts and when the feed last changed (the newest change among them; now for an empty feed). */
    private static Map<String, Object> feedContext() {
        List<Post> posts = Post.published().selectRelated("author", "category").limit(FEED_SIZE).list();
        Instant updated = posts.stream().map(Post::getLastModified).max(Instant::compareTo).orElse(Instant.now());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("posts", posts);
        context.put("updated", updated);
        return context;
    }

    /** Every published post, category and tag, and the fixed pages (Django's sitemaps framework, in one view). */
    static Response sitemap(Request request) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("posts", Post.published().list());
        context.put("categories", Category.objects().all().list());
        context.put("tags", Tag.objects().all().list());
        return renderXml(request, "blog/sitemap.xml", context);
    }
}
