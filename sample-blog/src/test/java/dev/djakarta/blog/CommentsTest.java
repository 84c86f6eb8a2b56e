package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting comments: held for moderation, thanked once, errors shown again, and whatever is typed stays text. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key"})
class CommentsTest {
    private static final String XSS = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
    private BlogData data;
    private Post post;
    private String url;

    @BeforeEach
    void content() {
        data = BlogData.create(1);
        post = data.newest();
        url = BlogData.url(post);
    }

    private static Map<String, String> comment(String name, String email, String body) {
        return Map.of("name", name, "email", email, "body", body);
    }

    @Test
    void validCommentIsHeldForModerationAndTheReaderSentBackToThePost(Client client) {
        TestResponse r = client.post(url + "comment/", comment("Grace", "grace@example.com", "Lovely post."));

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo(url + "#comments");
        List<Comment> saved = Comment.objects().filter("post", post).list();
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("Grace");
            assertThat(c.getEmail()).isEqualTo("grace@example.com");
            assertThat(c.getBody()).isEqualTo("Lovely post.");
            assertThat(c.isApproved()).isFalse();
        });
    }

    @Test
    void heldCommentIsNotShownButTheThanksAreShownOnce(Client client) {
        client.post(url + "comment/", comment("Grace", "grace@example.com", "Lovely post."));

        String next = client.get(url).text();
        assertThat(next).contains("<li class=\"success\">" + BlogViews.COMMENT_THANKS + "</li>", "No comments yet")
                .doesNotContain("Lovely post.");
        assertThat(client.get(url).text()).doesNotContain(BlogViews.COMMENT_THANKS);
    }

    @Test
    void invalidCommentShowsThePostAgainWithErrorsAndWhatWasTyped(Client client) {
        TestResponse r = client.post(url + "comment/", comment("", "grace@", "Kept text"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("blog/post_detail.html");
        assertThat(r.text()).contains("<li>This field is required.</li>", "<li>Enter a valid email address.</li>",
                ">Kept text</textarea>", "value=\"grace@\"", "<h1>Post 01</h1>");
        assertThat(Comment.objects().count()).isZero();
    }

    @Test
    void tooLongCommentIsRefused(Client client) {
        TestResponse r = client.post(url + "comment/", comment("Grace", "grace@example.com", "x".repeat(3001)));

        assertThat(r.text()).contains("<li>Ensure this value has at most 3000 characters (it has 3001).</li>");
        assertThat(Comment.objects().count()).isZero();
    }

    @Test
    void scriptsAndEventHandlersInACommentAreStoredAsTextAndShownEscaped(Client client) {
        client.post(url + "comment/", comment("<b>Mallory</b>", "m@example.com", XSS));
        Comment stored = Comment.objects().get("post", post);
        assertThat(stored.getBody()).isEqualTo(XSS);
        stored.setApproved(true);
        Comment.objects().save(stored);

        String page = client.get(url).text();

        assertThat(page).contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;",
                "<strong>&lt;b&gt;Mallory&lt;/b&gt;</strong>").doesNotContain("<script>", "<img src=x");
    }

    @Test
    void invalidCommentEchoesItsTextEscaped(Client client) {
        String page = client.post(url + "comment/", comment("", "m@example.com", XSS)).text();

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>", "<img src=x");
    }

    @Test
    void commentsOnDraftsOrFuturePostsAreNotFound(Client client) {
        assertThat(client.post(BlogData.url(data.scheduled) + "comment/", comment("Grace", "g@example.com", "Early!")).status())
                .isEqualTo(404);
        assertThat(Comment.objects().count()).isZero();
    }

    @Test
    void commentUrlOnlyTakesPost(Client client) {
        TestResponse r = client.get(url + "comment/");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("POST");
    }

    @Test
    void commentWithoutTheCsrfTokenIsForbidden(Client client) {
        client.enforceCsrfChecks(true);

        assertThat(client.post(url + "comment/", comment("Eve", "eve@example.com", "Forged")).status()).isEqualTo(403);
        assertThat(Comment.objects().count()).isZero();
    }
}
