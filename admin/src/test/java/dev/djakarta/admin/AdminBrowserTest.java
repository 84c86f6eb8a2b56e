package dev.djakarta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.admin.library.Article;
import dev.djakarta.admin.library.Author;
import dev.djakarta.admin.library.LibrarySite;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.server.Engine;
import dev.djakarta.test.LiveServer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin in a real browser: headless Chromium against the library site served by the embedded Jetty. A staff
 * user logs in through the login form, adds an article, finds it with the search box, edits it and deletes it, with
 * the CSRF tokens, cookies and redirects a browser really sends. Screenshots of the changelist and the change form go
 * to {@code target/screenshots/}.
 */
class AdminBrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static LiveServer live;

    @BeforeAll
    static void serve() throws Exception {
        live = LiveServer.start(new LibrarySite(), Map.of("DEBUG", "false",
                "SECRET_KEY", "admin-browser-tests-admin-browser-tests-0123456789", "DATABASE_URL", "h2:mem:",
                "PASSWORD_HASH_ITERATIONS", "1000"));
        Engine engine = live.engine();
        engine.database().atomic(() -> {
            User root = new User("root", "root@example.com");
            root.setStaff(true);
            root.setSuperuser(true);
            Auth.setPassword(engine, root, PASSWORD);
            User.objects().create(root);
            Author ann = Manager.of(Author.class).create(new Author("ann"));
            Manager.of(Author.class).create(new Author("bob"));
            for (String title : List.of("Alpha", "Beta", "Gamma", "Delta")) {
                Manager.of(Article.class).create(new Article(title, Article.Status.PUBLISHED, ann, LocalDate.of(2024, 5, 1)));
            }
        });
        engine.database().endUnitOfWork();
    }

    @AfterAll
    static void stop() throws Exception {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aSuperuserAddsFindsEditsAndDeletesAnArticle() throws Exception {
        try (Browser browser = Browser.open()) {
            logIn(browser);

            browser.clickAndWait(browser.await(By.cssSelector("a[href$='/admin/library/article/']")));
            browser.awaitText(By.tagName("h1"), "Select article to change");
            browser.clickAndWait(browser.await(By.cssSelector("a[href$='/admin/library/article/add/']")));
            browser.awaitText(By.tagName("h1"), "Add article");
            browser.await(By.name("title")).sendKeys("Browser-made article");
            new Select(browser.await(By.name("status"))).selectByValue("PUBLISHED");
            new Select(browser.await(By.name("author"))).selectByVisibleText("bob");
            browser.await(By.name("featured")).click();
            browser.clickAndWait(button(browser, "_save"));
            browser.awaitText(By.tagName("body"), "The article “Browser-made article” was added successfully.");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(live.url("/admin/library/article/"));

            search(browser, "Browser");
            List<WebElement> rows = rows(browser);
            assertThat(rows).singleElement().extracting(WebElement::getText).asString()
                    .contains("Browser-made article", "bob", "PUBLISHED");
            assertThat(browser.bodyText()).contains("1 result");
            browser.screenshot("admin-changelist");

            browser.clickAndWait(rows.get(0).findElement(By.linkText("Browser-made article")));
            browser.awaitText(By.tagName("h1"), "Change article");
            WebElement title = browser.await(By.name("title"));
            assertThat(title.getDomProperty("value")).isEqualTo("Browser-made article");
            assertThat(new Select(browser.await(By.name("author"))).getFirstSelectedOption().getText()).isEqualTo("bob");
            assertThat(browser.await(By.name("featured")).isSelected()).isTrue();
            browser.screenshot("admin-change-form");

            title.clear();
            title.sendKeys("Browser-edited article");
            browser.clickAndWait(button(browser, "_continue"));
            browser.awaitText(By.tagName("body"),
                    "The article “Browser-edited article” was changed successfully. You may edit it again below.");
            assertThat(browser.await(By.name("title")).getDomProperty("value")).isEqualTo("Browser-edited article");

            browser.clickAndWait(browser.await(By.linkText("Delete")));
            browser.awaitText(By.tagName("body"), "Are you sure you want to delete the article “Browser-edited article”?");
            browser.clickAndWait(browser.await(By.xpath("//form[input[@name='post']]//button[@type='submit']")));
            browser.awaitText(By.tagName("body"), "The article “Browser-edited article” was deleted successfully.");

            search(browser, "Browser");
            assertThat(rows(browser)).isEmpty();
            assertThat(browser.bodyText()).contains("0 results");
        }
        assertThat(live.engine().database().atomic(() -> Manager.of(Article.class).filter("title__startswith", "Browser").count()))
                .isZero();
        live.engine().database().endUnitOfWork();
    }

    @Test
    void aWrongPasswordShowsTheLoginFormAgainWithAnError() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.get(live.url("/admin/"));
            browser.await(By.name("username")).sendKeys("root");
            browser.await(By.name("password")).sendKeys("not the password");
            browser.clickAndWait(loginButton(browser));
            browser.awaitText(By.tagName("body"), "Please enter the correct username and password for a staff account.");
            assertThat(browser.driver().getCurrentUrl()).startsWith(live.url("/admin/login/"));
        }
    }

    /** Logs in as the superuser through the admin's login form, starting from the index (which redirects there). */
    private static void logIn(Browser browser) {
        browser.get(live.url("/admin/"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(live.url("/admin/login/"));
        browser.await(By.name("username")).sendKeys("root");
        browser.await(By.name("password")).sendKeys(PASSWORD);
        browser.clickAndWait(loginButton(browser));
        browser.awaitText(By.tagName("body"), "Welcome, root");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(live.url("/admin/"));
    }

    private static WebElement loginButton(Browser browser) {
        return browser.await(By.xpath("//form[.//input[@name='password']]//button[@type='submit']"));
    }

    /** A submit button of the change form, by its name ({@code _save}, {@code _continue}, {@code _addanother}). */
    private static WebElement button(Browser browser, String name) {
        return browser.await(By.cssSelector("button[name='" + name + "']"));
    }

    /** Types {@code q} into the changelist's search box and submits it. */
    private static void search(Browser browser, String q) {
        WebElement box = browser.await(By.name("q"));
        box.clear();
        box.sendKeys(q);
        browser.pressEnterAndWait(box);
        assertThat(browser.await(By.name("q")).getDomProperty("value")).isEqualTo(q);
    }

    /** The changelist's result rows. */
    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#result_list tbody tr"));
    }
}
