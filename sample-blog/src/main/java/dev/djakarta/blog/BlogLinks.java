package dev.djakarta.blog;

import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.ContextProcessor;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The blog's URLs for its objects, Django's {@code get_absolute_url()}: in Java through {@link #of(Request)}, in
 * templates as {@code ${blog}} (this class is also the context processor that puts it there):
 *
 * <pre>{@code
 * <a th:href="${blog.post(post)}" th:text="${post.title}">Title</a>
 * <link rel="canonical" th:href="${request.absoluteUri(blog.post(post))}">
 * }</pre>
 *
 * A post's URL carries its publication date in the TIME_ZONE setting's zone, the zone the templates show dates in.
 * One instance per engine; thread-safe.
 */
public final class BlogLinks implements ContextProcessor {
    private final Engine engine;
    private final ZoneId zone;

    public BlogLinks(Engine engine) {
        this.engine = engine;
        try {
            this.zone = ZoneId.of(engine.settings().string("TIME_ZONE", "UTC"));
        } catch (DateTimeException e) {
            throw engine.settings().invalid("TIME_ZONE", "expected a time zone name such as UTC or Europe/Paris");
        }
    }

    /** The links of the engine handling {@code request}. */
    static BlogLinks of(Request request) {
        return Engine.of(request).component(BlogLinks.class, BlogLinks::new);
    }

    @Override
    public Map<String, Object> context(Request request) {
        return Map.of("blog", this);
    }

    /** The zone of the dates in post URLs. */
    public ZoneId zone() {
        return zone;
    }

    /** {@code /2024/03/05/hello-world/}. @throws IllegalArgumentException for a post that was never published */
    public String post(Post post) {
        LocalDate day = day(post);
        return engine.reverse("post_detail", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), post.getSlug());
    }

    /** Where the post's comment form is sent. */
    public String comment(Post post) {
        LocalDate day = day(post);
        return engine.reverse("post_comment", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), post.getSlug());
    }

    public String category(Category category) {
        return engine.reverse("category", category.getSlug());
    }

    public String tag(Tag tag) {
        return engine.reverse("tag", tag.getSlug());
    }

    /** The request's own URL path, context path and query included: for {@code og:url} and the like. */
    public String here(Request request) {
        return engine.contextPath() + request.fullPath();
    }

    /** The first and the last instant (exclusive) of {@code day} in the URL zone. */
    Instant[] bounds(LocalDate day) {
        return new Instant[] {day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    private LocalDate day(Post post) {
        Instant at = post.getPublishedAt();
        if (at == null) {
            throw new IllegalArgumentException("Post '" + post.getSlug() + "' has no URL: it has never been published");
        }
        return at.atZone(zone).toLocalDate();
    }
}
