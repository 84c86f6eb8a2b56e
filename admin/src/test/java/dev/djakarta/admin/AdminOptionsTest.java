package dev.djakarta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.admin.library.Author;
import dev.djakarta.admin.library.Book;
import dev.djakarta.admin.library.LibrarySite;
import dev.djakarta.admin.library.Review;
import dev.djakarta.auth.Auth;
import dev.djakarta.auth.Permission;
import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ModelAdmin options past the basics, on the library's Book admin: fieldsets, prepopulated slug, autocomplete
 * author, tabular inline reviews, save as new, view on site, date hierarchy, list editable, object-level permissions.
 */
@SiteTest(value = LibrarySite.class, settings = {"DEBUG=false", "SECRET_KEY=admin-options-admin-options-admin-options-0123",
    "DATABASE_URL=h2:mem:", "PASSWORD_HASH_ITERATIONS=1000", "LOGIN_THROTTLE_ATTEMPTS=1000"})
class AdminOptionsTest {
    private static final String PASSWORD = "correct horse battery";
    private Author ann;
    private Author bob;
    private Book dune;

    @BeforeEach
    void data(Engine engine) {
        User root = new User("root", "root@example.com");
        root.setStaff(true);
        root.setSuperuser(true);
        Auth.setPassword(engine, root, PASSWORD);
        User.objects().create(root);
        ann = Manager.of(Author.class).create(new Author("ann"));
        bob = Manager.of(Author.class).create(new Author("bob"));
        dune = Manager.of(Book.class).create(new Book("Dune", "dune", ann, LocalDateTime.of(1965, 8, 1, 10, 0)));
        Manager.of(Book.class).create(new Book("Emma", "emma", bob, LocalDateTime.of(1815, 12, 23, 9, 0)));
        Manager.of(Book.class).create(new Book("Dune Messiah", "dune-messiah", ann, LocalDateTime.of(1969, 10, 15, 9, 0)));
        Manager.of(Book.class).create(new Book("Children of Dune", "children-of-dune", ann, LocalDateTime.of(1976, 4, 1, 9, 0)));
        Manager.of(Review.class).create(new Review(dune, "kim", "A classic."));
    }

    private static Client login(Engine engine, String name) {
        Client client = new Client(engine);
        TestResponse r = client.post("/admin/login/", Map.of("username", name, "password", PASSWORD, "next", "/admin/"));
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        return client;
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name + " in\n" + html).isTrue();
        return m.group(1);
    }

    /** The book form as a browser would post it, blank inline rows included. */
    private Map<String, Object> bookForm(String html, String title, String slug) {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", title);
        post.put("slug", slug);
        post.put("author", ann.getId().toString());
        post.put("released", "1965-08-01T10:00");
        post.put("inPrint", "on");
        post.put("blurb", "");
        post.put("_original", hidden(html, "_original"));
        int total = Integer.parseInt(hidden(html, "review_set-TOTAL_FORMS"));
        post.put("review_set-TOTAL_FORMS", Integer.toString(total));
        post.put("review_set-INITIAL_FORMS", hidden(html, "review_set-INITIAL_FORMS"));
        for (int i = 0; i < total; i++) {
            String p = "review_set-" + i + "-";
            Matcher id = Pattern.compile("name=\"" + p + "id\" value=\"([^\"]*)\"").matcher(html);
            if (id.find()) {
                post.put(p + "id", id.group(1));
                Review r = Manager.of(Review.class).get("pk", Long.valueOf(id.group(1)));
                post.put(p + "reviewer", r.toString().split(": ")[0]);
                post.put(p + "body", r.getBody());
                post.put(p + "stars", Integer.toString(r.getStars()));
            } else {
                post.put(p + "_initial", hidden(html, p + "_initial"));
                post.put(p + "reviewer", "");
                post.put(p + "body", "");
                post.put(p + "stars", "3");
            }
        }
        return post;
    }

    @Test
    void theChangeFormDrawsFieldsetsInlinesAndTheExtraButtons(Engine engine) {
        Client root = login(engine, "root");
        String html = root.get("/admin/library/book/" + dune.getId() + "/change/").text();
        assertThat(html).contains("<details class=\"module collapse\">", "<summary>Publishing</summary>", "When and how it is sold.");
        assertThat(html).contains("id=\"review_set-group\"", "<h2>Reviews</h2>", "name=\"review_set-0-id\"", "A classic.",
                "name=\"review_set-0-DELETE\"", "name=\"review_set-2-reviewer\"");
        assertThat(hidden(html, "review_set-TOTAL_FORMS")).isEqualTo("3");
        assertThat(hidden(html, "review_set-INITIAL_FORMS")).isEqualTo("1");
        assertThat(html).contains("name=\"_saveasnew\"", "href=\"/books/dune/\"", "View on site");
        assertThat(html).contains("data-autocomplete-url=\"/admin/autocomplete/?app_label=library&amp;model_name=book&amp;field_name=author\"")
                .doesNotContain("<option value=\"" + bob.getId() + "\"");
        assertThat(html).contains("data-prepopulated=\"{&quot;id_slug&quot;:[&quot;id_title&quot;]}\"", "/static/admin/js/admin.js");
        assertThat(root.get("/static/admin/js/admin.js").text()).contains("function slugify");
    }

    @Test
    void inlinesAddChangeAndDeleteRelatedObjectsAndLeaveBlankRowsAlone(Engine engine) {
        Client root = login(engine, "root");
        String url = "/admin/library/book/" + dune.getId() + "/change/";
        String html = root.get(url).text();
        Map<String, Object> post = bookForm(html, "Dune", "dune");
        post.put("review_set-0-body", "A classic, still.");
        post.put("review_set-1-reviewer", "lee");
        post.put("review_set-1-body", "Too much sand.");
        post.put("review_set-1-stars", "2");
        post.put("_continue", "1");
        TestResponse saved = root.post(url, post);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        assertThat(Manager.of(Review.class).filter("book", dune).orderBy("id").list()).extracting(Review::getBody)
                .containsExactly("A classic, still.", "Too much sand.");
        LogEntry entry = LogEntry.objects().orderBy("-id").first();
        assertThat(entry.getDescription()).isEqualTo("Changed body for review “kim: A classic, still.”. Added review “lee: Too much sand.”.");

        html = root.get(url).text();
        post = bookForm(html, "Dune", "dune");
        post.put("review_set-0-DELETE", "on");
        assertThat(root.post(url, post).status()).isEqualTo(302);
        assertThat(Manager.of(Review.class).filter("book", dune).list()).extracting(Review::getBody).containsExactly("Too much sand.");
    }

    @Test
    void anInvalidInlineRowKeepsEverythingUnsavedAndShowsItsError(Engine engine) {
        Client root = login(engine, "root");
        String url = "/admin/library/book/" + dune.getId() + "/change/";
        Map<String, Object> post = bookForm(root.get(url).text(), "Dune (new edition)", "dune");
        post.put("review_set-1-reviewer", "lee");
        TestResponse r = root.post(url, post);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("Please correct the errors below.", "This field is required.", "value=\"lee\"");
        assertThat(Manager.of(Book.class).get("pk", dune.getId()).getTitle()).isEqualTo("Dune");
        assertThat(Manager.of(Review.class).count()).isEqualTo(1);
    }

    @Test
    void aForgedInlineRowOfAnotherParentIsRefused(Engine engine) {
        Client root = login(engine, "root");
        Book emma = Manager.of(Book.class).get("slug", "emma");
        Review other = Manager.of(Review.class).create(new Review(emma, "pat", "Witty."));
        String url = "/admin/library/book/" + dune.getId() + "/change/";
        Map<String, Object> post = bookForm(root.get(url).text(), "Dune", "dune");
        post.put("review_set-1-id", other.getId().toString());
        post.put("review_set-1-reviewer", "pat");
        post.put("review_set-1-body", "Hijacked.");
        TestResponse r = root.post(url, post);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("no longer exists");
        assertThat(Manager.of(Review.class).get("pk", other.getId()).getBody()).isEqualTo("Witty.");
    }

    @Test
    void anAddFormPostedWithoutASlugGetsOneFromTheTitle(Engine engine) {
        Client root = login(engine, "root");
        Map<String, Object> post = bookForm(root.get("/admin/library/book/add/").text(), "Héllo, World!", "");
        TestResponse r = root.post("/admin/library/book/add/", post);
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        assertThat(Manager.of(Book.class).get("title", "Héllo, World!").getSlug()).isEqualTo("hello-world");
    }

    @Test
    void saveAsNewCopiesTheObjectAndItsInlines(Engine engine) {
        Client root = login(engine, "root");
        String url = "/admin/library/book/" + dune.getId() + "/change/";
        Map<String, Object> post = bookForm(root.get(url).text(), "Dune (copy)", "dune-copy");
        post.put("_saveasnew", "1");
        TestResponse r = root.post(url, post);
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        Book copy = Manager.of(Book.class).get("slug", "dune-copy");
        assertThat(r.location()).isEqualTo("/admin/library/book/" + copy.getId() + "/change/");
        assertThat(Manager.of(Book.class).get("pk", dune.getId()).getTitle()).isEqualTo("Dune");
        assertThat(Manager.of(Review.class).filter("book", copy).list()).extracting(Review::getBody).containsExactly("A classic.");
        assertThat(Manager.of(Review.class).filter("book", dune).count()).isEqualTo(1);

        Map<String, Object> clash = bookForm(root.get(url).text(), "Dune again", "dune");
        clash.put("_saveasnew", "1");
        assertThat(root.post(url, clash).text()).contains("Book with this Slug already exists.");
    }

    @Test
    void autocompleteSearchesTheRelatedAdminAndValidatesTheKey(Engine engine) {
        Client root = login(engine, "root");
        TestResponse r = root.get("/admin/autocomplete/?app_label=library&model_name=book&field_name=author&term=an");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("results").get(0).get("text").asText()).isEqualTo("ann");
        assertThat(r.json().get("results").size()).isEqualTo(1);
        assertThat(r.json().get("pagination").get("more").asBoolean()).isFalse();
        assertThat(root.get("/admin/autocomplete/?app_label=library&model_name=book&field_name=title&term=a").status()).isEqualTo(403);
        assertThat(root.get("/admin/autocomplete/?app_label=library&model_name=nope&field_name=author").status()).isEqualTo(403);
        assertThat(new Client(engine).get("/admin/autocomplete/?app_label=library&model_name=book&field_name=author").status()).isEqualTo(302);

        Map<String, Object> post = bookForm(root.get("/admin/library/book/add/").text(), "Persuasion", "persuasion");
        post.put("author", "999999");
        assertThat(root.post("/admin/library/book/add/", post).text()).contains("Select a valid choice.");
    }

    @Test
    void theDateHierarchyDrillsDownByYearMonthAndDay(Engine engine) {
        Client root = login(engine, "root");
        String top = root.get("/admin/library/book/").text();
        assertThat(top).contains("released__year=1815", "released__year=1965", "released__year=1969", "released__year=1976")
                .doesNotContain("released__year=1900");
        String year = root.get("/admin/library/book/?released__year=1965").text();
        assertThat(year).contains("‹ All dates", "August 1965").doesNotContain("Emma<").contains(">Dune<");
        String month = root.get("/admin/library/book/?released__year=1965&released__month=8").text();
        assertThat(month).contains("August 1", "released__day=1");
        assertThat(root.get("/admin/library/book/?released__year=1965&released__month=8&released__day=2").text()).contains("0 results");
        assertThat(root.get("/admin/library/book/?released__year=abc&released__month=99").status()).isEqualTo(200);
    }

    @Test
    void listEditableSavesChangedRowsAndLogsThem(Engine engine) {
        Client root = login(engine, "root");
        String html = root.get("/admin/library/book/?o=1").text();
        assertThat(html).contains("name=\"form-TOTAL_FORMS\"", "name=\"_save\"");
        List<Book> rows = Manager.of(Book.class).orderBy("title", "-pk").list();
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("form-TOTAL_FORMS", Integer.toString(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            post.put("form-" + i + "-id", rows.get(i).getId().toString());
            if (!rows.get(i).getTitle().equals("Emma")) {
                post.put("form-" + i + "-inPrint", "on");
            }
        }
        post.put("_save", "1");
        TestResponse r = root.post("/admin/library/book/?o=1", post);
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/admin/library/book/?o=1&p=1");
        assertThat(Manager.of(Book.class).get("slug", "emma").isInPrint()).isFalse();
        assertThat(Manager.of(Book.class).get("slug", "dune").isInPrint()).isTrue();
        assertThat(root.get(r.location()).text()).contains("1 book was changed successfully.");
        assertThat(LogEntry.objects().filter("objectRepr", "Emma").first().getDescription()).isEqualTo("Changed In print.");
    }

    @Test
    void aStaffUserWithoutTheInlinePermissionsCannotForgeInlineWrites(Engine engine) {
        User editor = new User("editor", "editor@example.com");
        editor.setStaff(true);
        Auth.setPassword(engine, editor, PASSWORD);
        for (String codename : List.of("view_book", "change_book", "view_review")) {
            editor.getUserPermissions().add(Manager.of(Permission.class).get("appLabel", "library", "codename", codename));
        }
        User.objects().create(editor);
        Client client = login(engine, "editor");
        String url = "/admin/library/book/" + dune.getId() + "/change/";
        String html = client.get(url).text();
        assertThat(html).contains("A classic.").doesNotContain("name=\"review_set-0-body\"").doesNotContain("name=\"_saveasnew\"");
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", "Dune");
        post.put("slug", "dune");
        post.put("author", ann.getId().toString());
        post.put("_original", hidden(html, "_original"));
        post.put("review_set-TOTAL_FORMS", "1");
        post.put("review_set-0-reviewer", "eve");
        post.put("review_set-0-body", "Forged.");
        post.put("review_set-0-_initial", "");
        assertThat(client.post(url, post).status()).isEqualTo(403);
        assertThat(Manager.of(Review.class).count()).isEqualTo(1);
    }

    @Test
    void theObjectLevelPermissionHookDecidesPerObject(Engine engine) {
        Client root = login(engine, "root");
        dev.djakarta.admin.library.Note pinned = Manager.of(dev.djakarta.admin.library.Note.class).create(new dev.djakarta.admin.library.Note("pinned: rules"));
        dev.djakarta.admin.library.Note plain = Manager.of(dev.djakarta.admin.library.Note.class).create(new dev.djakarta.admin.library.Note("plain"));
        String url = "/admin/library/note/" + pinned.getId() + "/change/";
        String html = root.get(url).text();
        assertThat(html).contains("View note").doesNotContain("name=\"text\"").doesNotContain("/delete/");
        assertThat(root.post(url, Map.of("text", "unpinned")).status()).isEqualTo(403);
        assertThat(root.post("/admin/library/note/" + pinned.getId() + "/delete/", Map.of("post", "yes")).status()).isEqualTo(403);
        assertThat(Manager.of(dev.djakarta.admin.library.Note.class).get("pk", pinned.getId()).getText()).isEqualTo("pinned: rules");
        assertThat(root.get("/admin/library/note/" + plain.getId() + "/change/").text()).contains("name=\"text\"", "/delete/");
    }

    @Test
    void aProjectTemplateOverridesTheAdminsForOneModel(Engine engine) {
        Client root = login(engine, "root");
        assertThat(root.get("/admin/library/author/" + ann.getId() + "/history/").text()).contains("Author history, overridden by the project");
        assertThat(root.get("/admin/library/book/" + dune.getId() + "/history/").text()).doesNotContain("overridden by the project");
    }

    @Test
    void aStackedInlineAddsRelatedObjectsFromTheParentsPage(Engine engine) {
        Client root = login(engine, "root");
        String url = "/admin/library/author/" + bob.getId() + "/change/";
        String html = root.get(url).text();
        assertThat(html).contains("<fieldset class=\"inline-related\"", "<legend>Emma</legend>", "<legend>New</legend>")
                .doesNotContain("book_set-0-DELETE");
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("name", "bob");
        post.put("_original", hidden(html, "_original"));
        post.put("book_set-TOTAL_FORMS", "2");
        post.put("book_set-INITIAL_FORMS", "1");
        post.put("book_set-0-id", Manager.of(Book.class).get("slug", "emma").getId().toString());
        post.put("book_set-0-title", "Emma");
        post.put("book_set-0-slug", "emma");
        post.put("book_set-0-released", "1815-12-23T09:00");
        post.put("book_set-1-_initial", hidden(html, "book_set-1-_initial"));
        post.put("book_set-1-title", "Persuasion");
        post.put("book_set-1-slug", "persuasion");
        post.put("book_set-1-released", "1817-12-20T09:00");
        TestResponse r = root.post(url, post);
        assertThat(r.status()).as(r.text()).isEqualTo(302);
        assertThat(Manager.of(Book.class).get("slug", "persuasion").getAuthor().getId()).isEqualTo(bob.getId());
        assertThat(LogEntry.objects().orderBy("-id").first().getDescription()).isEqualTo("Added book “Persuasion”.");
    }
}
