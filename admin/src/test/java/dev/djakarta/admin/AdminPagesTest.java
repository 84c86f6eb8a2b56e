package dev.djakarta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.admin.library.Article;
import dev.djakarta.admin.library.Author;
import dev.djakarta.admin.library.Note;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.Permission;
import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import dev.djakarta.admin.library.LibrarySite;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SiteTest(value = LibrarySite.class, settings = {"DEBUG=false", "SECRET_KEY=admin-tests-admin-tests-admin-tests-0123456789",
    "DATABASE_URL=h2:mem:", "PASSWORD_HASH_ITERATIONS=1000", "LOGIN_THROTTLE_ATTEMPTS=1000"})
class AdminPagesTest {
    private static final String PASSWORD = "correct horse battery";
    private Author ann;
    private Author bob;
    private Article hello;

    @BeforeEach
    void data(Engine engine) {
        user(engine, "root", true, true);
        User viewer = user(engine, "viewer", true, false);
        viewer.getUserPermissions().add(Manager.of(Permission.class).get("appLabel", "library", "codename", "view_article"));
        User.objects().save(viewer);
        user(engine, "plain", false, false);
        ann = Manager.of(Author.class).create(new Author("ann"));
        bob = Manager.of(Author.class).create(new Author("bob"));
        hello = Manager.of(Article.class).create(new Article("Hello", Article.Status.PUBLISHED, ann, LocalDate.now()));
        Manager.of(Article.class).create(new Article("Draft notes", Article.Status.DRAFT, bob, LocalDate.of(2001, 1, 1)));
        Manager.of(Article.class).create(new Article("Howto", Article.Status.PUBLISHED, bob, LocalDate.of(2001, 1, 1)));
        Manager.of(Article.class).create(new Article("Zebra", Article.Status.DRAFT, ann, LocalDate.of(2001, 1, 1)));
    }

    private static User user(Engine engine, String name, boolean staff, boolean superuser) {
        User u = new User(name, name + "@example.com");
        u.setStaff(staff);
        u.setSuperuser(superuser);
        Auth.setPassword(engine, u, PASSWORD);
        return User.objects().create(u);
    }

    private static Client login(Engine engine, String name) {
        Client client = new Client(engine);
        TestResponse r = client.post("/admin/login/", Map.of("username", name, "password", PASSWORD, "next", "/admin/"));
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        return client;
    }

    @Test
    void anonymousAndNonStaffUsersAreSentToTheAdminLogin(Engine engine, Client client) {
        assertThat(client.get("/admin/").location()).isEqualTo("/admin/login/?next=%2Fadmin%2F");
        assertThat(client.get("/admin/library/article/").location()).startsWith("/admin/login/?next=");
        TestResponse r = client.post("/admin/login/", Map.of("username", "plain", "password", PASSWORD, "next", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("Please enter the correct username and password for a staff account.");
        assertThat(client.get("/admin/").status()).isEqualTo(302);
    }

    @Test
    void everyPageWorksForASuperuser(Engine engine) {
        Client root = login(engine, "root");
        String id = hello.getId().toString();
        for (String path : List.of("/admin/", "/admin/library/", "/admin/library/article/", "/admin/library/article/add/",
                "/admin/library/article/" + id + "/change/", "/admin/library/article/" + id + "/delete/",
                "/admin/library/article/" + id + "/history/", "/admin/library/author/", "/admin/library/note/add/",
                "/admin/password_change/")) {
            TestResponse r = root.get(path);
            assertThat(r.status()).as(path + "\n" + r.text()).isEqualTo(200);
        }
        assertThat(root.get("/admin/").text()).contains("Articles", "Authors", "Notes", "href=\"/admin/library/article/add/\"");
        assertThat(root.get("/admin/library/article/999/change/").status()).isEqualTo(404);
        assertThat(root.get("/admin/library/article/abc/change/").status()).isEqualTo(404);
        assertThat(root.get("/admin/library/nope/").status()).isEqualTo(404);
    }

    @Test
    void aViewOnlyStaffUserSeesReadOnlyPagesAndCannotWrite(Engine engine) {
        Client viewer = login(engine, "viewer");
        assertThat(viewer.get("/admin/").text()).contains("Articles").doesNotContain("Authors");
        assertThat(viewer.get("/admin/library/article/").status()).isEqualTo(200);
        TestResponse form = viewer.get("/admin/library/article/" + hello.getId() + "/change/");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("View article").doesNotContain("name=\"title\"").doesNotContain("_continue");
        assertThat(viewer.post("/admin/library/article/" + hello.getId() + "/change/", Map.of("title", "Hacked")).status()).isEqualTo(403);
        assertThat(viewer.get("/admin/library/article/add/").status()).isEqualTo(403);
        assertThat(viewer.post("/admin/library/article/" + hello.getId() + "/delete/", Map.of("post", "yes")).status()).isEqualTo(403);
        assertThat(viewer.post("/admin/library/article/", Map.of("action", "delete_selected", "_selected_action", hello.getId().toString(),
                "post", "yes")).status()).isEqualTo(403);
        assertThat(viewer.get("/admin/library/author/").status()).isEqualTo(403);
        assertThat(Manager.of(Article.class).get("pk", hello.getId()).getTitle()).isEqualTo("Hello");
    }

    @Test
    void theChangelistSearchesFiltersSortsAndPaginates(Engine engine) {
        Client root = login(engine, "root");
        String page1 = root.get("/admin/library/article/").text();
        assertThat(page1).contains("Draft notes", "Hello", "Howto").doesNotContain("Zebra").contains("?p=2");
        assertThat(root.get("/admin/library/article/?p=2").text()).contains("Zebra");
        assertThat(root.get("/admin/library/article/?q=h").text()).contains("Hello", "Howto").doesNotContain("Draft notes");
        assertThat(root.get("/admin/library/article/?q=bob").text()).contains("Draft notes", "Howto").doesNotContain("Hello<");
        assertThat(root.get("/admin/library/article/?status__exact=DRAFT").text()).contains("Draft notes", "Zebra").doesNotContain("Howto");
        assertThat(root.get("/admin/library/article/?author__id__exact=" + ann.getId()).text()).contains("Hello", "Zebra").doesNotContain("Howto");
        String today = LocalDate.now().toString();
        assertThat(root.get("/admin/library/article/?published__gte=" + today).text()).contains("Hello").doesNotContain("Zebra");
        String desc = root.get("/admin/library/article/?o=-1").text();
        assertThat(desc.indexOf("Zebra")).isGreaterThan(0).isLessThan(desc.indexOf("Howto"));
        assertThat(desc).contains("aria-sort=\"descending\"");
    }

    @Test
    void hostileChangelistParametersAreIgnored(Engine engine) {
        Client root = login(engine, "root");
        for (String q : List.of("o=1;drop%20table", "o=99.-0.x", "p=abc", "p=-5", "p=99999", "status__exact=NOPE", "author__id__exact=x",
                "published__gte=yesterday", "title__startswith=x", "q=%27%20or%201%3D1--", "o=" + "1.".repeat(200), "q=" + "a%20".repeat(300))) {
            TestResponse r = root.get("/admin/library/article/?" + q);
            assertThat(r.status()).as(q).isEqualTo(200);
        }
        assertThat(root.get("/admin/library/article/?status__exact=NOPE").text()).contains("Draft notes", "Hello");
    }

    @Test
    void addChangeAndDeleteAreLogged(Engine engine) {
        Client root = login(engine, "root");
        TestResponse added = root.post("/admin/library/author/add/", Map.of("name", "cy", "_continue", "1"));
        assertThat(added.status()).as(added.text()).isEqualTo(302);
        Author cy = Manager.of(Author.class).get("name", "cy");
        assertThat(added.location()).isEqualTo("/admin/library/author/" + cy.getId() + "/change/");

        String form = root.get("/admin/library/article/" + hello.getId() + "/change/").text();
        Map<String, Object> post = new HashMap<>(Map.of("title", "Hello again", "status", "PUBLISHED", "author", ann.getId().toString(),
                "published", "2020-02-02", "_original", original(form), "_save", "1"));
        TestResponse changed = root.post("/admin/library/article/" + hello.getId() + "/change/", post);
        assertThat(changed.location()).as(changed.text()).isEqualTo("/admin/library/article/");
        assertThat(root.get("/admin/library/article/" + hello.getId() + "/history/").text()).contains("Changed Title and Published.");

        TestResponse invalid = root.post("/admin/library/note/add/", Map.of("text", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.text()).contains("This field is required.");

        TestResponse protectedAuthor = root.post("/admin/library/author/" + ann.getId() + "/delete/", Map.of("post", "yes"));
        assertThat(protectedAuthor.status()).isEqualTo(403);
        assertThat(protectedAuthor.text()).contains("protected related objects", "Article: Hello again");
        assertThat(root.get("/admin/library/author/" + cy.getId() + "/delete/").text()).contains("Are you sure");
        assertThat(root.post("/admin/library/author/" + cy.getId() + "/delete/", Map.of("post", "yes")).status()).isEqualTo(302);
        assertThat(Manager.of(Author.class).filter("name", "cy").exists()).isFalse();

        List<LogEntry> log = LogEntry.objects().orderBy("id").list();
        assertThat(log).extracting(LogEntry::getActionFlag).containsExactly(LogEntry.ADDITION, LogEntry.CHANGE, LogEntry.DELETION);
        assertThat(log.get(1).getChangeMessage()).isEqualTo("Title\nPublished");
        assertThat(root.get("/admin/").text()).contains("Recent actions", "Hello again");
    }

    @Test
    void deleteSelectedAsksForConfirmationFirst(Engine engine) {
        Client root = login(engine, "root");
        Article zebra = Manager.of(Article.class).get("title", "Zebra");
        TestResponse confirm = root.post("/admin/library/article/", Map.of("action", "delete_selected", "_selected_action", zebra.getId().toString()));
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.text()).contains("Are you sure", "Zebra");
        TestResponse done = root.post("/admin/library/article/", Map.of("action", "delete_selected", "_selected_action", zebra.getId().toString(), "post", "yes"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(Manager.of(Article.class).filter("title", "Zebra").exists()).isFalse();
    }

    @Test
    void aChangeOverANewerVersionIsRefusedAndNothingIsOverwritten(Engine engine) {
        Client root = login(engine, "root");
        String form = root.get("/admin/library/article/" + hello.getId() + "/change/").text();
        Article other = Manager.of(Article.class).get("pk", hello.getId());
        other.setTitle("Someone else's title");
        Manager.of(Article.class).save(other);
        TestResponse r = root.post("/admin/library/article/" + hello.getId() + "/change/", Map.of("title", "Mine", "status", "DRAFT",
                "author", ann.getId().toString(), "published", "2020-02-02", "_original", original(form)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text()).contains("changed by someone else", "Someone else&#39;s title");
        assertThat(Manager.of(Article.class).get("pk", hello.getId()).getTitle()).isEqualTo("Someone else's title");
    }

    @Test
    void aStaleEditOfAModelWithoutVersionIsRefusedToo(Engine engine) {
        Client root = login(engine, "root");
        Note note = Manager.of(Note.class).create(new Note("first"));
        String form = root.get("/admin/library/note/" + note.getId() + "/change/").text();
        note.setText("second");
        Manager.of(Note.class).save(note);
        TestResponse r = root.post("/admin/library/note/" + note.getId() + "/change/", Map.of("text", "mine", "_original", original(form)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(Manager.of(Note.class).get("pk", note.getId()).toString()).isNotNull();
        assertThat(root.post("/admin/library/note/" + note.getId() + "/change/", Map.of("text", "mine")).status()).isEqualTo(409);
    }

    @Test
    void csvExportOfAFilteredListHasTheListColumns(Engine engine) {
        Client root = login(engine, "root");
        TestResponse r = root.post("/admin/library/article/?status__exact=DRAFT", Map.of("action", "export_csv", "select_across", "1"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.text()).startsWith("Title,Author name,Status,Published,Featured\r\n")
                .contains("Draft notes,bob,DRAFT,2001-01-01,No\r\n", "Zebra,ann,DRAFT").doesNotContain("Hello");
        TestResponse json = root.post("/admin/library/article/", Map.of("action", "export_json", "_selected_action", hello.getId().toString()));
        assertThat(json.json().get(0).get("title").asText()).isEqualTo("Hello");
    }

    @Test
    void logoutIsAPostAndPasswordChangeWorks(Engine engine) {
        Client root = login(engine, "root");
        assertThat(root.get("/admin/logout/").status()).isEqualTo(405);
        assertThat(root.post("/admin/password_change/", Map.of("old_password", PASSWORD, "new_password1", "a fresh long passphrase",
                "new_password2", "a fresh long passphrase")).location()).isEqualTo("/admin/password_change/done/");
        assertThat(root.post("/admin/logout/", Map.of()).text()).contains("Logged out");
        assertThat(root.get("/admin/").status()).isEqualTo(302);
    }

    private static String original(String html) {
        Matcher m = Pattern.compile("name=\"_original\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }
}
