package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The blog's migrations and queries on the database servers it ships migrations for: each nested class builds its
 * test database from migrations/blog/&lt;vendor&gt;/ on that server (a schema or database of its own) and reads and
 * writes through the pages. A server that cannot be reached skips its tests, except under CI=true.
 */
class DatabaseServersTest {
    /** The checks, run once per server. */
    abstract static class Contract {
        private BlogData data;

        @BeforeEach
        void content() {
            data = BlogData.create(12);
        }

        @Test
        void homeIsPaginatedNewestFirst(Client client) {
            TestResponse r = client.get("/?page=2");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).contains("Post 02", "Post 01").doesNotContain("Post 03", "Secret draft");
        }

        @Test
        void postPageFindsThePostByDateAndSlugOnly(Client client) {
            assertThat(client.get("/2024/01/12/post-12/").text()).contains("<h1>Post 12</h1>");
            assertThat(client.get("/2024/01/11/post-12/").status()).isEqualTo(404);
            assertThat(client.get(BlogData.url(data.scheduled)).status()).isEqualTo(404);
        }

        @Test
        void searchIsCaseInsensitive(Client client) {
            assertThat(client.get("/search/?q=NUMBER07").text()).contains("Post 07", "1 post found");
        }

        @Test
        void tagAndCategoryPagesFilter(Client client) {
            assertThat(client.get("/tag/security/").text()).contains("Post 12", "Post 03").doesNotContain("Post 11");
            assertThat(client.get("/category/releases/").text()).contains("Post 11").doesNotContain("Post 12");
        }

        @Test
        void commentIsSavedForModeration(Client client) {
            TestResponse r = client.post("/2024/01/12/post-12/comment/", Map.of("name", "Grace", "email", "g@example.com",
                    "body", "Works on this database too."));
            assertThat(r.status()).isEqualTo(302);
            assertThat(Comment.objects().filter("approved", false).count()).isEqualTo(1);
        }

        @Test
        void apiAndFeedsRead(Client client) {
            assertThat(client.get("/api/posts/").json().get("count").asInt()).isEqualTo(12);
            assertThat(client.get("/feed/atom/").text()).contains("<title>Post 12</title>");
        }
    }

    @Nested
    @SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key",
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/test"})
    class OnPostgreSql extends Contract {
    }

    @Nested
    @SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key",
            "DATABASE_URL=mariadb://root@127.0.0.1:3306/test"})
    class OnMariaDb extends Contract {
    }
}
