package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of a deployed blog over real HTTP, keeping cookies like a browser: the WAR deployment tests use it for a
 * reader posting a comment with the CSRF token, and for the admin logging in with the password the first start
 * printed and making one edit.
 */
final class BrowserlessVisit {
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Superuser created: username 'admin', password '([A-Za-z0-9]+)'");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

    /** @param base the site's root URL without the trailing slash, e.g. {@code http://127.0.0.1:8080/blog} */
    BrowserlessVisit(String base) {
        this.base = base;
    }

    /** The admin password the first start printed into {@code log}. */
    static String printedPassword(Path log) throws Exception {
        Matcher m = PRINTED_PASSWORD.matcher(Files.readString(log));
        assertThat(m.find()).as("the printed admin password in " + log).isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + path).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the input named {@code name} in {@code html}. */
    static String input(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*?value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("input " + name).isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    /** Logs in at {@code /admin/login/} and checks the admin index greets the user. */
    void logIntoTheAdmin(String username, String password) throws Exception {
        String login = get("/admin/login/").body();
        HttpResponse<String> r = post("/admin/login/", Map.of("csrfmiddlewaretoken", input(login, "csrfmiddlewaretoken"),
                "username", username, "password", password, "next", URI.create(base).getPath() + "/admin/"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(get("/admin/").body()).contains("Welcome, <strong>" + username + "</strong>");
    }

    /**
     * Renames the first category through its admin change form and returns its public page afterwards: the edit
     * must show there.
     */
    String renameTheFirstCategory(String newName) throws Exception {
        String list = get("/admin/blog/category/").body();
        Matcher link = Pattern.compile("href=\"[^\"]*/admin/blog/category/(\\d+)/change/\"").matcher(list);
        assertThat(link.find()).as(list).isTrue();
        String change = "/admin/blog/category/" + link.group(1) + "/change/";
        String form = get(change).body();
        String slug = input(form, "slug");
        Map<String, String> post = new LinkedHashMap<>();
        post.put("csrfmiddlewaretoken", input(form, "csrfmiddlewaretoken"));
        post.put("name", newName);
        post.put("slug", slug);
        post.put("_original", input(form, "_original"));
        post.put("_save", "1");
        HttpResponse<String> saved = post(change, post);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(get(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^" + Pattern.quote(URI.create(base).getPath()), ""))
                .body()).contains("was changed successfully");
        return get("/category/" + slug + "/").body();
    }

    /** Posts a comment through the post page's form (CSRF cookie and token, as a browser sends them). */
    HttpResponse<String> comment(String postPath, String name, String body) throws Exception {
        String page = get(postPath).body();
        return post(postPath + "comment/", Map.of("csrfmiddlewaretoken", input(page, "csrfmiddlewaretoken"), "name", name,
                "email", "reader@example.com", "body", body));
    }

    /** Approves the comment by {@code name} with the Comment changelist's "approve" action. */
    void approveComment(String name) throws Exception {
        String list = get("/admin/blog/comment/?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body();
        Matcher box = Pattern.compile("name=\"_selected_action\" value=\"(\\d+)\"").matcher(list);
        assertThat(box.find()).as(list).isTrue();
        HttpResponse<String> r = post("/admin/blog/comment/", Map.of("csrfmiddlewaretoken", input(list, "csrfmiddlewaretoken"),
                "action", "approve", "_selected_action", box.group(1)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    }

    /**
     * The whole round trip the issue asks of a deployment: a reader comments (held), the admin logs in with the
     * printed password, approves it and renames a category; the reader then sees both.
     */
    void commentModerateAndEdit(Path log, String postPath) throws Exception {
        String name = "Reader " + System.nanoTime();
        HttpResponse<String> posted = new BrowserlessVisit(base).comment(postPath, name, "Deployed & <b>escaped</b>.");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(get(postPath).body()).doesNotContain(name);
        logIntoTheAdmin("admin", printedPassword(log));
        approveComment(name);
        assertThat(new BrowserlessVisit(base).get(postPath).body()).contains(name, "Deployed &amp; &lt;b&gt;escaped&lt;/b&gt;.");
        assertThat(renameTheFirstCategory("Edited in the admin")).contains("Edited in the admin");
    }
}
