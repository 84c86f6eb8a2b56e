package dev.djakarta.blog;

import static dev.djakarta.db.Shortcuts.getObjectOr404;
import static dev.djakarta.templates.Render.render;

import dev.djakarta.db.Page;
import dev.djakarta.db.Paginator;
import dev.djakarta.db.Q;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.Http404;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blog's pages: the post list (home, a category, a tag, search results), a post with its comments, and posting
 * a comment. Readers only ever see {@link Post#published()} posts; anything else is a 404.
 */
final class BlogViews {
    static final int PAGE_SIZE = 10;
    /** Longer search terms are cut: nobody types more, and each term becomes two LIKE patterns. */
    static final int MAX_QUERY_LENGTH = 100;
    static final String COMMENT_THANKS = "Thank you! Your comment will appear once a moderator has approved it.";

    private BlogViews() {
    }

    /** {@code /}: every published post, newest first, {@value #PAGE_SIZE} per page. */
    static Response home(Request request) {
        return postList(request, Post.published(), new LinkedHashMap<>(), null, null);
    }

    /** {@code /category/<slug>/}. */
    static Response category(Request request) {
        Category category = getObjectOr404(Category.objects().all(), "slug", request.kwarg("slug"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("category", category);
        return postList(request, Post.published().filter("category", category), context, "Category: " + category.getName(),
                "Posts in the category " + category.getName() + " on the Djakarta blog.");
    }

    /** {@code /tag/<slug>/}. */
    static Response tag(Request request) {
        Tag tag = getObjectOr404(Tag.objects().all(), "slug", request.kwarg("slug"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("tag", tag);
        return postList(request, Post.published().filter("tags__slug", tag.getSlug()), context, "Tag: " + tag.getName(),
                "Posts tagged " + tag.getName() + " on the Djakarta blog.");
    }

    /** {@code /search/?q=...}: published posts whose title or body contains the words, case-insensitively. */
    static Response search(Request request) {
        String q = request.query("q") == null ? "" : request.query("q").strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH).strip();
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("query", q);
        if (q.isEmpty()) {
            context.put("posts", List.of());
            context.put("page_obj", null);
            return render(request, "blog/search.html", context);
        }
        QuerySet<Post> matches = Post.published();
        for (String word : q.split("\\s+")) {
            matches = matches.filter(Q.of("title__icontains", word).or(Q.of("body__icontains", word)));
        }
        context.putAll(page(request, matches));
        return render(request, "blog/search.html", context);
    }

    /** The list page; {@code title} null is the site's name (the home page), and later pages say their number. */
    private static Response postList(Request request, QuerySet<Post> posts, Map<String, Object> context, String title,
                                     String description) {
        context.putAll(page(request, posts));
        int number = ((Page<?>) context.get("page_obj")).number();
        String suffix = number > 1 ? "Page " + number : null;
        context.put("page_title", title == null ? suffix : suffix == null ? title : title + " · " + suffix);
        context.put("page_description", description);
        return render(request, "blog/post_list.html", context);
    }

    /** {@code posts}, {@code page_obj} and {@code paginator} for the {@code ?page=} asked for (404 when out of range). */
    private static Map<String, Object> page(Request request, QuerySet<Post> posts) {
        QuerySet<Post> rows = posts.selectRelated("author", "category").prefetchRelated("tags");
        Paginator<Post> paginator = new Paginator<>(rows, PAGE_SIZE);
        Page<Post> page = paginator.page(request.query("page"));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("posts", page.objectList());
        context.put("page_obj", page);
        context.put("paginator", paginator);
        return context;
    }

    /** {@code /<yyyy>/<mm>/<dd>/<slug>/}: the post, its approved comments and an empty comment form. */
    static Response postDetail(Request request) {
        return detail(request, visiblePost(request), new CommentForm());
    }

    /**
     * POST {@code /<yyyy>/<mm>/<dd>/<slug>/comment/}: a valid comment is saved for moderation and the reader is sent
     * back to the post with a thank-you message; an invalid one shows the post again with the form's errors.
     */
    static Response postComment(Request request) {
        Post post = visiblePost(request);
        CommentForm form = new CommentForm().bind(request);
        if (!form.isValid()) {
            return detail(request, post, form);
        }
        Comment.objects().create(new Comment(post, form.cleaned(CommentForm.NAME), form.cleaned(CommentForm.EMAIL),
                form.cleaned(CommentForm.BODY)));
        Messages.success(request, COMMENT_THANKS);
        return Response.redirect(BlogLinks.of(request).post(post) + "#comments");
    }

    private static Response detail(Request request, Post post, CommentForm form) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("post", post);
        context.put("comments", Comment.objects().filter("post", post, "approved", true).orderBy("created", "id").list());
        context.put("form", form);
        return render(request, "blog/post_detail.html", context);
    }

    /** The published post the URL names: its slug, published on that day (in the URL zone). @throws Http404 otherwise */
    static Post visiblePost(Request request) {
        LocalDate day;
        try {
            day = LocalDate.of(request.intKwarg("year"), request.intKwarg("month"), request.intKwarg("day"));
        } catch (DateTimeException e) {
            throw new Http404("No such date");
        }
        Instant[] bounds = BlogLinks.of(request).bounds(day);
        return getObjectOr404(Post.published().selectRelated("author", "category").prefetchRelated("tags"),
                "slug", request.kwarg("slug"), "publishedAt__gte", bounds[0], "publishedAt__lt", bounds[1]);
    }
}
