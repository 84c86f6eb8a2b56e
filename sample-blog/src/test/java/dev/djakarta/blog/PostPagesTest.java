package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reader's pages: the post list, pagination, a post, categories, tags and search; drafts and future posts stay hidden. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key"})
class PostPagesTest {
    private BlogData data;

    @BeforeEach
    void content() {
        data = BlogData.create(12);
    }

    @SuppressWarnings("unchecked")
    private static List<Post> posts(TestResponse r) {
        return (List<Post>) r.context().get("posts");
    }

    private static List<String> titles(TestResponse r) {
        return posts(r).stream().map(Post::getTitle).toList();
    }

    @Test
    void homeListsTheTenNewestPublishedPostsNewestFirst(Client client) {
        TestResponse r = client.get("/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("blog/post_list.html");
        assertThat(titles(r)).containsExactly("Post 12", "Post 11", "Post 10", "Post 09", "Post 08", "Post 07", "Post 06",
                "Post 05", "Post 04", "Post 03");
        assertThat(r.text()).contains("<title>Djakarta blog</title>", "<a href=\"/2024/01/12/post-12/\">Post 12</a>",
                "Page 1 of 2", "href=\"?page=2\"").doesNotContain("Secret draft", "Coming soon");
    }

    @Test
    void secondPageHasTheOldestPostsAndSaysItsNumberInTheTitle(Client client) {
        TestResponse r = client.get("/?page=2");

        assertThat(titles(r)).containsExactly("Post 02", "Post 01");
        assertThat(r.text()).contains("<title>Page 2 · Djakarta blog</title>", "href=\"?page=1\"", "Page 2 of 2");
    }

    @Test
    void pagesOutOfRangeOrNotNumbersAreNotFound(Client client) {
        assertThat(client.get("/?page=3").status()).isEqualTo(404);
        assertThat(client.get("/?page=0").status()).isEqualTo(404);
        assertThat(client.get("/?page=two").status()).isEqualTo(404);
        assertThat(client.get("/?page=last").status()).isEqualTo(200);
    }

    @Test
    void postPageShowsTheRenderedBodyAuthorCategoryAndTags(Client client) {
        Post post = data.newest();

        TestResponse r = client.get(BlogData.url(post));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("blog/post_detail.html");
        assertThat(BlogData.url(post)).isEqualTo("/2024/01/12/post-12/");
        assertThat(r.text()).contains("<title>Post 12 · Djakarta blog</title>", "<h1>Post 12</h1>",
                "<p>Body of <em>post 12</em>, about number12.</p>", "Ada Lovelace",
                "<a href=\"/category/tutorials/\">Tutorials</a>", "<a class=\"tag\" href=\"/tag/security/\">#security</a>");
    }

    @Test
    void postPageShowsApprovedCommentsOnlyInOrder(Client client) {
        Post post = data.newest();
        data.comment(post, "Grace", "First!", true);
        data.comment(post, "Mallory", "Buy cheap watches", false);
        data.comment(post, "Linus", "Second.", true);

        String page = client.get(BlogData.url(post)).text();

        assertThat(page).contains("2 comments").doesNotContain("Mallory", "cheap watches");
        assertThat(page.indexOf("First!")).isLessThan(page.indexOf("Second."));
    }

    @Test
    void postPageHasTheCommentFormPostingToTheCommentUrl(Client client) {
        String page = client.get(BlogData.url(data.newest())).text();

        assertThat(page).contains("<form method=\"post\" action=\"/2024/01/12/post-12/comment/#comment-form\">",
                "name=\"csrfmiddlewaretoken\"", "<label for=\"id_name\">Name</label>", "<textarea name=\"body\" id=\"id_body\"");
    }

    @Test
    void draftsAreNotFoundForReaders(Client client) {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace('-', '/');

        assertThat(client.get("/" + today + "/secret-draft/").status()).isEqualTo(404);
        assertThat(client.get("/search/?q=draft").text()).doesNotContain("Secret draft");
    }

    @Test
    void postsScheduledForLaterAreNotFoundYet(Client client) {
        assertThat(client.get(BlogData.url(data.scheduled)).status()).isEqualTo(404);
        assertThat(client.get("/category/tutorials/").text()).doesNotContain("Coming soon");
    }

    @Test
    void aPostUnderAnotherDateOrAnImpossibleDateIsNotFound(Client client) {
        assertThat(client.get("/2024/01/11/post-12/").status()).isEqualTo(404);
        assertThat(client.get("/2024/02/30/post-12/").status()).isEqualTo(404);
        assertThat(client.get("/2024/1/12/post-12/").status()).isEqualTo(404);
    }

    @Test
    void categoryPageListsItsPublishedPostsOnly(Client client) {
        TestResponse r = client.get("/category/tutorials/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(titles(r)).containsExactly("Post 12", "Post 10", "Post 08", "Post 06", "Post 04", "Post 02");
        assertThat(r.text()).contains("<title>Category: Tutorials · Djakarta blog</title>", "<h1>Category: Tutorials</h1>",
                "<meta name=\"description\" content=\"Posts in the category Tutorials on the Djakarta blog.\">");
    }

    @Test
    void tagPageListsItsPostsAndPaginates(Client client) {
        TestResponse r = client.get("/tag/java/");

        assertThat(titles(r)).containsExactly("Post 11", "Post 10", "Post 08", "Post 07", "Post 05", "Post 04", "Post 02", "Post 01");
        assertThat(r.text()).contains("<h1>Tag: java</h1>");
        assertThat(client.get("/tag/java/?page=2").status()).isEqualTo(404);
    }

    @Test
    void unknownCategoryOrTagIsNotFound(Client client) {
        assertThat(client.get("/category/nope/").status()).isEqualTo(404);
        assertThat(client.get("/tag/nope/").status()).isEqualTo(404);
    }

    @Test
    void searchFindsWordsInTitlesAndBodiesCaseInsensitively(Client client) {
        assertThat(titles(client.get("/search/?q=post+07"))).containsExactly("Post 07");
        assertThat(titles(client.get("/search/?q=NUMBER03"))).containsExactly("Post 03");
        TestResponse r = client.get("/search/?q=post");
        assertThat(r.templateName()).isEqualTo("blog/search.html");
        assertThat(posts(r)).hasSize(10);
        assertThat(r.text()).contains("12 posts found", "href=\"?page=2&amp;q=post\"");
        assertThat(titles(client.get("/search/?q=post&page=2"))).containsExactly("Post 02", "Post 01");
    }

    @Test
    void emptySearchShowsTheFormAndNoResults(Client client) {
        TestResponse r = client.get("/search/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<h1>Search</h1>", "<input type=\"search\" id=\"id_q\" name=\"q\"")
                .doesNotContain("post-summary", "No posts match");
        assertThat(client.get("/search/?q=zebra").text()).contains("No posts match your search.");
    }

    @Test
    void searchTermsAreEscapedWherePrinted(Client client) {
        String page = client.get("/search/?q=%3Cscript%3Ealert(1)%3C/script%3E").text();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void baseLayoutHasDescriptionOpenGraphAndFeedLinks(Client client) {
        String home = client.get("/").text();
        assertThat(home).contains(
                "<meta name=\"description\" content=\"Notes, releases and tutorials about Djakarta",
                "<meta property=\"og:title\" content=\"Djakarta blog\">",
                "<meta property=\"og:type\" content=\"website\">",
                "<meta property=\"og:url\" content=\"http://testserver/\">",
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Djakarta blog (RSS)\" href=\"/feed/rss/\">",
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Djakarta blog (Atom)\" href=\"/feed/atom/\">",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");

        Post post = data.newest();
        post.setExcerpt("All about the twelfth post.");
        Post.objects().save(post);
        String page = client.get(BlogData.url(post)).text();
        assertThat(page).contains("<meta name=\"description\" content=\"All about the twelfth post.\">",
                "<meta property=\"og:title\" content=\"Post 12\">", "<meta property=\"og:type\" content=\"article\">",
                "<meta property=\"og:url\" content=\"http://testserver/2024/01/12/post-12/\">",
                "<meta property=\"article:published_time\" content=\"2024-01-12T12:00:00Z\">");
    }

    @Test
    void postWithoutExcerptIsDescribedByTheStartOfItsBody(Client client) {
        assertThat(client.get(BlogData.url(data.newest())).text())
                .contains("<meta name=\"description\" content=\"Body of post 12, about number12.\">");
    }

    @Test
    void listPagesDoNotRunAQueryPerPost(Client client, Engine engine) {
        List<String> home = engine.database().captureQueries(() -> client.get("/"));
        List<String> search = engine.database().captureQueries(() -> client.get("/search/?q=post"));

        // a count, the page of posts with their authors and categories, their tags
        assertThat(home).as(String.join("\n", home)).hasSize(3);
        assertThat(search).as(String.join("\n", search)).hasSize(3);
    }
}
