package dev.djakarta.blog;

import dev.djakarta.auth.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test content, created inside the test's transaction (so rolled back after it): an author, two categories, two
 * tags, {@code count} published posts one day apart ("Post 01" the oldest, on 2024-01-01), a draft, a post scheduled
 * for tomorrow, and comments on the newest post (two approved, one held).
 */
final class BlogData {
    static final Instant FIRST = Instant.parse("2024-01-01T12:00:00Z");

    final User author;
    final Category tutorials;
    final Category releases;
    final Tag java;
    final Tag security;
    /** Newest first, as the blog lists them. */
    final List<Post> published = new ArrayList<>();
    final Post draft;
    final Post scheduled;

    private BlogData(int count) {
        author = new User("ada", "ada@example.com");
        author.setFirstName("Ada");
        author.setLastName("Lovelace");
        User.objects().create(author);
        tutorials = Category.objects().create(new Category("Tutorials", "tutorials"));
        releases = Category.objects().create(new Category("Releases", "releases"));
        java = Tag.objects().create(new Tag("java", "java"));
        security = Tag.objects().create(new Tag("security", "security"));
        for (int i = 1; i <= count; i++) {
            String n = String.format("%02d", i);
            Post post = new Post("Post " + n, "post-" + n, author, "Body of *post " + n + "*, about number" + n + ".")
                    .publish(FIRST.plus(Duration.ofDays(i - 1)));
            post.setCategory(i % 2 == 0 ? tutorials : releases);
            post.getTags().add(i % 3 == 0 ? security : java);
            published.add(0, Post.objects().create(post));
        }
        Post d = new Post("Secret draft", "secret-draft", author, "Not for readers.");
        d.setCategory(tutorials);
        d.getTags().add(java);
        draft = Post.objects().create(d);
        Post s = new Post("Coming soon", "coming-soon", author, "Scheduled for tomorrow.").publish(Instant.now().plus(Duration.ofDays(1)));
        s.setCategory(tutorials);
        s.getTags().add(java);
        scheduled = Post.objects().create(s);
    }

    static BlogData create(int count) {
        return new BlogData(count);
    }

    Post newest() {
        return published.get(0);
    }

    /** A comment on {@code post}, approved or held. */
    Comment comment(Post post, String name, String body, boolean approved) {
        Comment c = new Comment(post, name, name.toLowerCase() + "@example.com", body);
        c.setApproved(approved);
        return Comment.objects().create(c);
    }

    /** The URL path of a published post: {@code /yyyy/mm/dd/slug/} in UTC. */
    static String url(Post post) {
        String day = post.getPublishedAt().toString().substring(0, 10).replace('-', '/');
        return "/" + day + "/" + post.getSlug() + "/";
    }
}
