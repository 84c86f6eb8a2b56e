package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key"})
class BlogSiteTest {
    @Test
    void homePageIsServedThroughTheFramework(Client client) {
        TestResponse r = client.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(r.text()).contains("<title>Djakarta blog</title>").contains("href=\"/about/\"")
                .contains("href=\"/static/blog/site.css\"");
    }

    @Test
    void pagesAreTemplatesFillingTheBaseLayout(Client client) {
        TestResponse r = client.get("/about/");

        assertThat(r.templateName()).isEqualTo("blog/about.html");
        assertThat(r.text()).contains("<title>About · Djakarta blog</title>", "<h1>About</h1>", "<footer class=\"site\">Powered by Djakarta")
                .contains("<a href=\"/contact/\">Contact</a>");
    }

    @Test
    void contactPageShowsTheForm(Client client) {
        TestResponse r = client.get("/contact/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<form method=\"post\" action=\"/contact/\">", "<label for=\"id_name\">Your name</label>",
                "<textarea name=\"message\" id=\"id_message\"");
    }

    @Test
    void contactFormWithMistakesIsShownAgainWithWhatWasTyped(Client client) {
        TestResponse r = client.post("/contact/", Map.of("name", "Ada", "email", "ada@", "message", "Too short"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<li>Enter a valid email address.</li>",
                "<li>Ensure this value has at least 10 characters (it has 9).</li>", ">Too short</textarea>");
    }

    @Test
    void validContactMessageIsThankedOnTheNextPageOnce(Client client) {
        TestResponse r = client.post("/contact/", Map.of("name", "Ada", "email", "ada@example.com", "message", "Lovely blog, thank you!"));

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/contact/");
        assertThat(client.get("/contact/").text()).contains("<li class=\"success\">Thanks, Ada! We will answer you soon.</li>");
        assertThat(client.get("/contact/").text()).doesNotContain("Thanks, Ada!");
    }

    @Test
    void stylesheetIsServed(Client client) {
        TestResponse r = client.get("/static/blog/site.css");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("--accent");
    }

    @Test
    void oldIndexUrlRedirectsPermanently(Client client) {
        TestResponse r = client.get("/index.html");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/");
    }

    @Test
    void adminSendsAnonymousVisitorsToItsLoginPage(Client client) {
        dev.djakarta.test.TestResponse r = client.get("/admin/");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).startsWith("/admin/login/?next=");
    }

    @Test
    void healthEndpointAnswersJson(Client client) {
        TestResponse r = client.get("/healthz");
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void readinessChecksTheDatabaseAndTheMigrations(Client client) {
        TestResponse r = client.get("/readyz");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("database").asText()).isEqualTo("ok");
        assertThat(r.json().get("migrations").asText()).isEqualTo("ok");
    }

    @Test
    void emptyBlogSaysSo(Client client) {
        assertThat(client.get("/").text()).contains("No posts yet.");
    }
}
