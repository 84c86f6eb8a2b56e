package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blog's admin: posts with date drill-down, prepopulated slug, comments inline, view on site; comment moderation; users. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key",
    "PASSWORD_HASH_ITERATIONS=1000"})
class BlogAdminTest {
    private static final String PASSWORD = "a long editor passphrase";
    private BlogData data;
    private Client admin;

    @BeforeEach
    void content(Engine engine) {
        data = BlogData.create(3);
        User root = new User("editor", "editor@example.com");
        root.setStaff(true);
        root.setSuperuser(true);
        Auth.setPassword(engine, root, PASSWORD);
        User.objects().create(root);
        admin = new Client(engine);
        assertThat(admin.post("/admin/login/", Map.of("username", "editor", "password", PASSWORD, "next", "/admin/")).status()).isEqualTo(302);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void thePostChangelistDrillsDownByPublicationDate() {
        String top = admin.get("/admin/blog/post/").text();
        assertThat(top).contains("publishedAt__year=2024", "name=\"form-0-status\"", "name=\"_save\"");
        String year = admin.get("/admin/blog/post/?publishedAt__year=2024").text();
        assertThat(year).contains("January 2024", "Post 01", "Post 03").doesNotContain("Secret draft");
        assertThat(admin.get("/admin/blog/post/?publishedAt__year=2024&publishedAt__month=1&publishedAt__day=2").text())
                .contains("Post 02").doesNotContain("Post 03<");
    }

    @Test
    void thePostFormHasCommentsInlineASlugFromTheTitleAndAViewOnSiteLink() {
        Post post = data.newest();
        Comment held = data.comment(post, "Grace", "Held for now.", false);
        String html = admin.get("/admin/blog/post/" + post.getId() + "/change/").text();
        assertThat(html).contains("<h2>Comments</h2>", "Held for now.", "name=\"comment_set-0-approved\"")
                .contains("href=\"" + BlogData.url(post) + "\"", "View on site")
                .contains("data-prepopulated=\"{&quot;id_slug&quot;:[&quot;id_title&quot;]}\"")
                .contains("data-autocomplete-url=\"/admin/autocomplete/?app_label=blog&amp;model_name=post&amp;field_name=author\"");
        assertThat(admin.get("/admin/blog/post/" + data.draft.getId() + "/change/").text()).doesNotContain("View on site");

        // approve the comment from the post's page: the inline row's checkbox
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", post.getTitle());
        form.put("slug", post.getSlug());
        form.put("author", data.author.getId().toString());
        form.put("body", post.getBody());
        form.put("excerpt", "");
        form.put("status", "PUBLISHED");
        form.put("publishedAt", hidden(html, "publishedAt"));
        form.put("category", post.getCategory().getId().toString());
        form.put("tags", post.getTags().iterator().next().getId().toString());
        form.put("_original", hidden(html, "_original"));
        form.put("comment_set-TOTAL_FORMS", hidden(html, "comment_set-TOTAL_FORMS"));
        form.put("comment_set-INITIAL_FORMS", hidden(html, "comment_set-INITIAL_FORMS"));
        form.put("comment_set-0-id", held.getId().toString());
        form.put("comment_set-0-name", "Grace");
        form.put("comment_set-0-email", "grace@example.com");
        form.put("comment_set-0-body", "Held for now.");
        form.put("comment_set-0-approved", "on");
        form.put("comment_set-1-_initial", hidden(html, "comment_set-1-_initial"));
        TestResponse saved = admin.post("/admin/blog/post/" + post.getId() + "/change/", form);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        assertThat(Comment.objects().get("pk", held.getId()).isApproved()).isTrue();
        assertThat(new Client(admin.engine()).get(BlogData.url(post)).text()).contains("Held for now.");
    }

    @Test
    void theUserAdminNeverShowsOrTakesAPasswordHash() {
        String change = admin.get("/admin/auth/user/" + data.author.getId() + "/change/").text();
        assertThat(change).doesNotContain("name=\"password\"").contains("No password set.");
        String add = admin.get("/admin/auth/user/add/").text();
        assertThat(add).contains("name=\"password1\"", "name=\"password2\"").doesNotContain("name=\"isSuperuser\"");
        TestResponse mismatch = admin.post("/admin/auth/user/add/", Map.of("username", "lin", "password1", "first passphrase here",
                "password2", "second passphrase here"));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.text()).contains("The two password fields didn’t match.");
        TestResponse ok = admin.post("/admin/auth/user/add/", Map.of("username", "lin", "password1", "a fine passphrase",
                "password2", "a fine passphrase", "_continue", "1"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(302);
        User lin = User.objects().get("username", "lin");
        assertThat(lin.getPassword()).startsWith("pbkdf2_sha256$").doesNotContain("a fine passphrase");
        assertThat(admin.get(ok.location()).text()).contains("Algorithm: pbkdf2_sha256.");
    }
}
