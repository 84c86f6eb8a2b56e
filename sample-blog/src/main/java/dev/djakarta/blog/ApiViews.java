package dev.djakarta.blog;

import dev.djakarta.db.Page;
import dev.djakarta.db.Paginator;
import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small read-only JSON API over the published posts, shaped like Django REST framework's defaults:
 * {@code GET /api/posts/?page=N} gives {@code {"count", "next", "previous", "results"}} (absolute page URLs, null at
 * the ends) and {@code GET /api/posts/<id>/} one post with its Markdown and HTML body. Errors are JSON too:
 * {@code 404 {"detail": "Not found."}} for drafts, future and unknown posts, {@code {"detail": "Invalid page."}}.
 */
final class ApiViews {
    static final int PAGE_SIZE = 10;

    private ApiViews() {
    }

    static Response postList(Request request) {
        Paginator<Post> paginator = new Paginator<>(Post.published().selectRelated("author", "category")
                .prefetchRelated("tags"), PAGE_SIZE);
        Page<Post> page;
        try {
            page = paginator.page(request.query("page"));
        } catch (Http404 e) {
            return notFound("Invalid page.");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        BlogLinks links = BlogLinks.of(request);
        for (Post post : page.objectList()) {
            results.add(summary(request, links, post));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", paginator.count());
        body.put("next", page.hasNext() ? pageUrl(request, page.nextPageNumber()) : null);
        body.put("previous", page.hasPrevious() ? pageUrl(request, page.previousPageNumber()) : null);
        body.put("results", results);
        return Response.json(body);
    }

    static Response postDetail(Request request) {
        Post post = Post.published().selectRelated("author", "category").prefetchRelated("tags")
                .filter("id", request.intKwarg("id")).first();
        if (post == null) {
            return notFound("Not found.");
        }
        Map<String, Object> body = summary(request, BlogLinks.of(request), post);
        body.put("body", post.getBody());
        body.put("body_html", post.getBodyHtml());
        return Response.json(body);
    }

    private static Map<String, Object> summary(Request request, BlogLinks links, Post post) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", post.getId());
        out.put("title", post.getTitle());
        out.put("slug", post.getSlug());
        out.put("url", request.absoluteUri(links.post(post)));
        out.put("author", post.getAuthor().getUsername());
        Category category = post.getCategory();
        out.put("category", category == null ? null : nameAndSlug(category.getName(), category.getSlug()));
        out.put("tags", post.getSortedTags().stream().map(t -> nameAndSlug(t.getName(), t.getSlug())).toList());
        out.put("excerpt", post.getSummary());
        out.put("published_at", post.getPublishedAt());
        out.put("updated_at", post.getUpdatedAt());
        return out;
    }

    /** In this order in every response (Map.of would change the order from one JVM to the next). */
    private static Map<String, Object> nameAndSlug(String name, String slug) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("slug", slug);
        return out;
    }

    private static String pageUrl(Request request, int number) {
        return request.absoluteUri(Engine.of(request).reverse("api_post_list") + "?page=" + number);
    }

    private static Response notFound(String detail) {
        return Response.json(404, Map.of("detail", detail));
    }
}
