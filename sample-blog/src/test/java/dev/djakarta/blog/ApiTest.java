package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API: paginated published posts and one post, with JSON errors. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key"})
class ApiTest {
    private BlogData data;

    @BeforeEach
    void content() {
        data = BlogData.create(12);
    }

    @Test
    void listIsAPageOfPublishedPostsWithCountAndLinks(Client client) {
        TestResponse r = client.get("/api/posts/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("count").asInt()).isEqualTo(12);
        assertThat(body.get("next").asText()).isEqualTo("http://testserver/api/posts/?page=2");
        assertThat(body.get("previous").isNull()).isTrue();
        assertThat(body.get("results")).hasSize(10);
        JsonNode first = body.get("results").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "slug", "url", "author", "category", "tags", "excerpt",
                "published_at", "updated_at");
        assertThat(first.get("id").asLong()).isEqualTo(data.newest().getId());
        assertThat(first.get("title").asText()).isEqualTo("Post 12");
        assertThat(first.get("url").asText()).isEqualTo("http://testserver/2024/01/12/post-12/");
        assertThat(first.get("author").asText()).isEqualTo("ada");
        assertThat(first.get("category").toString()).isEqualTo("{\"name\":\"Tutorials\",\"slug\":\"tutorials\"}");
        assertThat(first.get("tags").toString()).isEqualTo("[{\"name\":\"security\",\"slug\":\"security\"}]");
        assertThat(first.get("published_at").asText()).isEqualTo("2024-01-12T12:00:00Z");
        assertThat(first.has("body")).isFalse();
    }

    @Test
    void lastPageLinksBackAndHasNoNext(Client client) {
        JsonNode body = client.get("/api/posts/?page=2").json();

        assertThat(body.get("results")).hasSize(2);
        assertThat(body.get("next").isNull()).isTrue();
        assertThat(body.get("previous").asText()).isEqualTo("http://testserver/api/posts/?page=1");
    }

    @Test
    void badPageIsAJsonNotFound(Client client) {
        TestResponse r = client.get("/api/posts/?page=9");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asText()).isEqualTo("Invalid page.");
    }

    @Test
    void detailHasTheMarkdownAndTheSanitizedHtml(Client client) {
        Post post = data.newest();
        post.setBody("Hi <script>alert(1)</script>*there*");
        Post.objects().save(post);

        JsonNode body = client.get("/api/posts/" + post.getId() + "/").json();

        assertThat(body.get("title").asText()).isEqualTo("Post 12");
        assertThat(body.get("body").asText()).isEqualTo("Hi <script>alert(1)</script>*there*");
        assertThat(body.get("body_html").asText()).isEqualTo("<p>Hi <em>there</em></p>");
    }

    @Test
    void draftsScheduledAndUnknownPostsAreJsonNotFound(Client client) {
        for (String path : List.of("/api/posts/" + data.draft.getId() + "/", "/api/posts/" + data.scheduled.getId() + "/",
                "/api/posts/999999/")) {
            TestResponse r = client.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("detail").asText()).isEqualTo("Not found.");
        }
    }

    @Test
    void listLeavesOutDraftsAndScheduledPosts(Client client) {
        assertThat(client.get("/api/posts/?page=2").text()).doesNotContain("secret-draft", "coming-soon");
        assertThat(client.get("/api/posts/").text()).doesNotContain("secret-draft", "coming-soon");
    }
}
