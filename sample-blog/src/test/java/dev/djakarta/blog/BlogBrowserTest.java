package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.App;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.db.Database;
import dev.djakarta.db.fixtures.Fixtures;
import dev.djakarta.server.Engine;
import dev.djakarta.test.LiveServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The blog in a real browser: headless Chromium against the site served by the embedded Jetty, with the demo
 * content. A reader comments on a post (the real CSRF token and cookies flow through the browser), a moderator
 * approves the comment with the Comment admin's action in a second browser, and the reader then sees it. Screenshots
 * of the home page, the post and the admin changelist go to {@code target/screenshots/}.
 */
class BlogBrowserTest {
    private static final String ADMIN_PASSWORD = "moderator password 42";
    private static LiveServer live;

    @BeforeAll
    static void serve() throws Exception {
        live = LiveServer.start(new BlogSite(), Map.of("DEBUG", "false",
                "SECRET_KEY", "blog-browser-tests-blog-browser-tests-0123456789", "DATABASE_URL", "h2:mem:",
                "PASSWORD_HASH_ITERATIONS", "1000", "BLOG_AUTO_MIGRATE", "false", "BLOG_DEMO_CONTENT", "false"));
        Engine engine = live.engine();
        Database db = engine.database();
        List<Class<?>> models = engine.site().apps().stream().flatMap(app -> app.models().stream()).toList();
        db.atomic(() -> {
            new Fixtures(db, models, BlogSite.class.getClassLoader()).load(List.of(FirstRun.FIXTURE));
            User admin = User.objects().get("username", FirstRun.ADMIN);
            Auth.setPassword(engine, admin, ADMIN_PASSWORD);
            User.objects().save(admin);
        });
        db.endUnitOfWork();
    }

    @AfterAll
    static void stop() throws Exception {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aReadersCommentIsShownOnceAModeratorApprovesIt() throws Exception {
        try (Browser reader = Browser.open(); Browser moderator = Browser.open()) {
            reader.get(live.url("/"));
            WebElement link = reader.await(By.linkText("Djakarta 0.1 is out"));
            assertThat(reader.bodyText()).contains("Hello, Djakarta", "Markdown, safely").doesNotContain("Caching pages");
            reader.screenshot("blog-home");

            reader.clickAndWait(link);
            reader.awaitText(By.tagName("h1"), "Djakarta 0.1 is out");
            String post = reader.driver().getCurrentUrl();
            comment(reader, "Rosalind", "rosalind@example.com", "Congratulations on the release, posted from a browser.");
            reader.awaitText(By.tagName("body"), BlogViews.COMMENT_THANKS);
            assertThat(reader.driver().getCurrentUrl()).startsWith(post);
            assertThat(reader.bodyText()).doesNotContain("posted from a browser");

            logInToTheAdmin(moderator, "/admin/blog/comment/");
            moderator.awaitText(By.tagName("h1"), "Select comment to change");
            WebElement row = moderator.await(By.xpath("//table[@id='result_list']//tr[td[contains(., 'Rosalind')]]"));
            row.findElement(By.name("_selected_action")).click();
            new Select(moderator.await(By.name("action"))).selectByValue("approve");
            moderator.clickAndWait(moderator.await(By.xpath("//form[.//select[@name='action']]//button[@type='submit']")));
            moderator.awaitText(By.tagName("body"), "1 comment(s) approved.");
            moderator.screenshot("blog-admin-changelist");

            reader.get(post);
            WebElement comments = reader.awaitText(By.id("comments"), "Congratulations on the release, posted from a browser.");
            assertThat(comments.getText()).contains("1 comment", "Rosalind");
            reader.screenshotOfWholePage("blog-post");
        }
    }

    @Test
    void aCommentWithAScriptTagIsShownAsText() throws Exception {
        String body = "<script>document.title='pwned'</script><b>not bold</b>";
        try (Browser reader = Browser.open()) {
            reader.get(live.url("/"));
            reader.clickAndWait(reader.await(By.linkText("Markdown, safely")));
            reader.awaitText(By.tagName("h1"), "Markdown, safely");
            comment(reader, "Mallory Jr", "mallory@example.com", body);
            reader.awaitText(By.tagName("body"), BlogViews.COMMENT_THANKS);

            Database db = live.engine().database();
            assertThat(db.atomic(() -> Comment.objects().filter("name", "Mallory Jr").update("approved", true))).isEqualTo(1);
            db.endUnitOfWork();

            reader.driver().navigate().refresh();
            WebElement comment = reader.await(By.xpath("//article[contains(@class, 'comment')][.//strong[text()='Mallory Jr']]"));
            assertThat(comment.getText()).contains(body);
            assertThat(comment.findElements(By.tagName("script"))).isEmpty();
            assertThat(comment.findElements(By.tagName("b"))).isEmpty();
            assertThat(reader.driver().getTitle()).doesNotContain("pwned");
        }
    }

    /** Fills in the comment form of the post on screen and submits it. */
    private static void comment(Browser reader, String name, String email, String body) {
        reader.await(By.name("name")).sendKeys(name);
        reader.await(By.name("email")).sendKeys(email);
        reader.await(By.name("body")).sendKeys(body);
        reader.clickAndWait(reader.await(By.xpath("//form[.//textarea[@name='body']]//button[@type='submit']")));
    }

    /** Opens {@code path} in the admin, which asks for a login first, and logs in as the demo superuser. */
    private static void logInToTheAdmin(Browser browser, String path) {
        browser.get(live.url(path));
        assertThat(browser.driver().getCurrentUrl()).startsWith(live.url("/admin/login/"));
        browser.await(By.name("username")).sendKeys(FirstRun.ADMIN);
        browser.await(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.clickAndWait(browser.await(By.xpath("//form[.//input[@name='password']]//button[@type='submit']")));
        browser.awaitText(By.tagName("body"), "Welcome, " + FirstRun.ADMIN);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(live.url(path));
    }
}
