import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale-out test's client (run by run.sh as {@code java -cp sample-blog.jar Driver.java <command>}; the jar is on
 * the class path only for the PostgreSQL JDBC driver). HTTP goes through java.net.http only, like a browser would:
 * cookies, CSRF tokens read from the forms, no shortcuts into the application.
 *
 * <pre>
 *   ports N                      N free loopback ports, one a line
 *   createdb | dropdb NAME       a database on the server SCALEOUT_PG_JDBC points at (dropdb also ends its sessions)
 *   scenario                     the checks, configured by the SCALEOUT_* environment (see run.sh); exit 1 on failure
 * </pre>
 */
public final class Driver {
    private static final Pattern CSRF = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "ports" -> ports(Integer.parseInt(args[1]));
            case "createdb" -> sql("postgres", "CREATE DATABASE " + safeName(args[1]));
            case "dropdb" -> {
                String name = safeName(args[1]);
                sql("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "' AND pid <> pg_backend_pid()");
                sql("postgres", "DROP DATABASE IF EXISTS " + name);
            }
            case "scenario" -> {
                try {
                    new Scenario().run();
                    System.out.println("SCALE-OUT TEST PASSED");
                } catch (Failure f) {
                    System.out.println();
                    System.out.println("SCALE-OUT TEST FAILED: " + f.getMessage());
                    System.exit(1);
                }
            }
            default -> {
                System.err.println("usage: Driver ports N | createdb NAME | dropdb NAME | scenario");
                System.exit(2);
            }
        }
    }

    static void ports(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sockets.add(new ServerSocket(0));
        }
        for (ServerSocket s : sockets) {
            System.out.println(s.getLocalPort());
            s.close();
        }
    }

    static String safeName(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe database name: " + name);
        }
        return name;
    }

    /** Runs one statement on database {@code db} of the server in SCALEOUT_PG_JDBC (jdbc:postgresql://host:port/). */
    static void sql(String db, String statement) throws Exception {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    static Connection connect(String db) throws Exception {
        String server = env("SCALEOUT_PG_JDBC", "jdbc:postgresql://127.0.0.1:5432/");
        return DriverManager.getConnection(server + db, env("SCALEOUT_PG_USER", "postgres"), env("SCALEOUT_PG_PASSWORD", ""));
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(name + " is not set (run.sh sets it)");
        }
        return v;
    }

    /** A failed check: the message says what was expected and what happened. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            throw new Failure(message);
        }
    }

    /** One HTTP answer, with the upstream nginx says served it (X-Upstream; "a, b" when it retried on b). */
    record Answer(int status, String body, String location, String upstream, long millis) {
        String lastUpstream() {
            if (upstream == null) {
                return "";
            }
            String[] parts = upstream.split(",\\s*");
            return parts[parts.length - 1];
        }

        boolean retried() {
            return upstream != null && upstream.contains(",");
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            check(m.find(), "no csrfmiddlewaretoken in the page (status " + status + ")");
            return m.group(1);
        }
    }

    /** A browser: one cookie jar, no automatic redirects. */
    static final class Browser {
        final String base;
        final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        Answer get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Answer post(String path, Map<String, List<String>> form, String referer) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, values) -> values.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Referer", base + referer).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private Answer send(HttpRequest.Builder request) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
                        r.headers().firstValue("X-Upstream").orElse(null), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException e) {
                throw new Failure("request failed: " + request.build().uri() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure("interrupted");
            }
        }
    }

    static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return m;
    }

    /** The fields a browser would submit from the form that contains {@code marker} (inputs, textareas, selects). */
    static Map<String, List<String>> formFields(String html, String marker) {
        int at = html.indexOf(marker);
        check(at >= 0, "no form containing " + marker);
        int start = html.lastIndexOf("<form", at);
        int end = html.indexOf("</form>", at);
        String f = html.substring(start, end);
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\s([^>]*)>", Pattern.DOTALL).matcher(f);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String type = a.getOrDefault("type", "text");
            if (a.containsKey("name") && !type.equals("submit") && !type.equals("file")
                    && (!(type.equals("checkbox") || type.equals("radio")) || a.containsKey("checked"))) {
                out.computeIfAbsent(a.get("name"), k -> new ArrayList<>()).add(a.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
        }
        Matcher textarea = Pattern.compile("<textarea\\s([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(f);
        while (textarea.find()) {
            String text = unescape(textarea.group(2));
            out.computeIfAbsent(attributes(textarea.group(1)).get("name"), k -> new ArrayList<>())
                    .add(text.startsWith("\n") ? text.substring(1) : text);
        }
        Matcher select = Pattern.compile("<select\\s([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(f);
        while (select.find()) {
            String name = attributes(select.group(1)).get("name");
            List<String> values = out.computeIfAbsent(name, k -> new ArrayList<>());
            Matcher option = Pattern.compile("<option\\s([^>]*)>").matcher(select.group(2));
            while (option.find()) {
                Map<String, String> a = attributes(option.group(1));
                if (a.containsKey("selected")) {
                    values.add(a.getOrDefault("value", ""));
                }
            }
        }
        return out;
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?").matcher(tag);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
            a.put(m.group(1).toLowerCase(), unescape(v));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    /** The checks, in order. Settings come from the SCALEOUT_* environment that run.sh sets. */
    static final class Scenario {
        final String base = env("SCALEOUT_BASE");                   // nginx, e.g. http://127.0.0.1:8080
        final String runId = env("SCALEOUT_RUN_ID");
        final String user = env("SCALEOUT_USER");
        final String password = env("SCALEOUT_PASSWORD");
        final String database = env("SCALEOUT_DB");
        final Map<String, Long> instances = new LinkedHashMap<>();  // "127.0.0.1:port" -> pid
        final int wrkSeconds = Integer.parseInt(env("SCALEOUT_WRK_SECONDS", "5"));
        final int failoverComments = Integer.parseInt(env("SCALEOUT_FAILOVER_COMMENTS", "30"));
        final Browser admin;
        int commentsPosted;
        final List<String> report = new ArrayList<>();

        Scenario() {
            for (String item : env("SCALEOUT_INSTANCES").split(",")) {
                String[] parts = item.split("=");
                instances.put(parts[0], Long.parseLong(parts[1]));
            }
            admin = new Browser(base);
        }

        void run() throws Exception {
            step("0. Static files come from nginx (collectstatic's hashed names), pages from the instances");
            staticFromNginx();
            step("1. Log in through nginx and stay logged in on every instance");
            loginEverywhere();
            step("2. Post comments through different instances; all of them are in the admin and the database");
            List<String> posts = postPaths();
            postComments(posts, 9, true, 0);
            expectCommentsEverywhere(commentsPosted);
            step("3. Edit a post in the admin on one instance; the others show the change");
            editPostAndSeeItEverywhere();
            step("4. Load through nginx with wrk: no errors");
            Wrk steady = wrk("/", wrkSeconds);
            report.add(String.format("steady load: %d requests in %.1f s (%.0f req/s), errors %d", steady.requests, steady.seconds,
                    steady.requests / steady.seconds, steady.errors()));
            check(steady.errors() == 0 && steady.requests > 0, "wrk saw errors under steady load: " + steady.summary());
            step("5. Kill an instance under load: nginx fails over, no request fails and no comment is lost");
            failover(posts);
            step("6. Log out through nginx: the session ends on every instance");
            logout();
            step("Summary");
            report.forEach(line -> System.out.println("  " + line));
        }

        void step(String title) {
            System.out.println();
            System.out.println("== " + title);
        }

        /**
         * With the load over, posts comments alone (one CSRF token, POSTs only, so nginx's round-robin has nothing else
         * to give the dead instance) until nginx, once the dead instance's fail_timeout is over, tries it with a POST.
         */
        String postUntilRetried(String post, String victim) throws InterruptedException {
            Browser reader = new Browser(base);
            Answer page = reader.get(post);
            check(page.status == 200, "GET " + post + " answered " + page.status);
            String token = page.csrf();
            long start = System.nanoTime();
            for (int attempt = 1; attempt <= 80; attempt++) {
                int number = ++commentsPosted;
                Answer sent = reader.post(post + "comment/", form("csrfmiddlewaretoken", token, "name", "reader " + runId,
                        "email", "reader@example.com", "body", "Comment " + number + " of scale-out run " + runId), post);
                check(sent.status == 302, "posting comment " + number + " answered " + sent.status + " via " + sent.upstream);
                if (sent.upstream != null && sent.upstream.contains(victim)) {
                    check(sent.retried(), "a comment was answered by the killed instance?! " + sent.upstream);
                    String what = "X-Upstream \"" + sent.upstream + "\", 302 in " + sent.millis + " ms (comment " + number + ", "
                            + attempt + " POSTs and " + (System.nanoTime() - start) / 1_000_000 + " ms after the load)";
                    System.out.println("   comment POST first sent to the dead instance, then answered by a live one: " + what);
                    return what;
                }
                Thread.sleep(250);
            }
            throw new Failure("nginx never sent a comment POST to the dead instance in 80 tries (fail_timeout is 5 s)");
        }

        /** Logging out through nginx ends the session on every instance (and removes it from Redis). */
        void logout() {
            Answer page = admin.get("/admin/");
            Answer out = admin.post("/admin/logout/", form("csrfmiddlewaretoken", page.csrf()), "/admin/");
            check(out.status < 400, "logging out answered " + out.status + " via " + out.upstream);
            for (int i = 0; i < liveInstances().size(); i++) {
                Answer a = admin.get("/admin/");
                check(a.status == 302 && a.location != null && a.location.startsWith("/admin/login/"),
                        "after logging out, /admin/ on " + a.upstream + " answered " + a.status + " instead of redirecting to the login");
            }
            System.out.println("   logged out; every live instance now sends /admin/ to the login page");
        }

        void staticFromNginx() {
            Answer home = admin.get("/");
            check(home.status == 200 && home.upstream != null, "GET / through nginx answered " + home.status + " (X-Upstream " + home.upstream + ")");
            Matcher css = Pattern.compile("href=\"(/static/[^\"]+\\.[0-9a-f]{12}\\.css)\"").matcher(home.body);
            check(css.find(), "the home page links no hashed stylesheet: is STATIC_ROOT set and collectstatic run?");
            Answer file = admin.get(css.group(1));
            check(file.status == 200 && file.upstream == null, "GET " + css.group(1) + " answered " + file.status + " from "
                    + (file.upstream == null ? "nginx" : file.upstream) + " (expected 200 from nginx's alias of STATIC_ROOT)");
            System.out.println("   " + css.group(1) + ": 200 from nginx itself; / from " + home.upstream);
        }

        void loginEverywhere() {
            Answer form = admin.get("/accounts/login/");
            check(form.status == 200, "GET /accounts/login/ answered " + form.status);
            Answer login = admin.post("/accounts/login/", form("csrfmiddlewaretoken", form.csrf(), "username", user,
                    "password", password, "next", "/admin/"), "/accounts/login/");
            check(login.status == 302 && "/admin/".equals(login.location),
                    "logging in answered " + login.status + " -> " + login.location + " (expected 302 -> /admin/)");
            System.out.println("   logged in as " + user + " through " + login.upstream);
            Map<String, Integer> served = new TreeMap<>();
            String[] pages = {"/admin/", "/admin/blog/post/", "/admin/blog/comment/", "/admin/blog/"};
            for (int i = 0; i < 30 && served.size() < instances.size(); i++) {
                Answer a = admin.get(pages[i % pages.length]);
                check(a.status == 200, pages[i % pages.length] + " answered " + a.status + " (location " + a.location + ") on "
                        + a.upstream + ": the session is not shared");
                check(a.body.contains("Welcome, <strong>" + user + "</strong>"), "the admin page on " + a.upstream + " does not show the user");
                served.merge(a.lastUpstream(), 1, Integer::sum);
            }
            check(served.keySet().equals(instances.keySet()), "the logged-in user was served by " + served.keySet()
                    + ", not by every instance " + instances.keySet() + " (is nginx round-robin?)");
            System.out.println("   admin pages served to the logged-in user by each instance: " + served);
            report.add("logged-in admin pages per instance: " + served);
        }

        List<String> postPaths() {
            Answer api = admin.get("/api/posts/");
            check(api.status == 200, "/api/posts/ answered " + api.status);
            List<String> paths = new ArrayList<>();
            Matcher m = Pattern.compile("\"url\"\\s*:\\s*\"https?://[^/\"]+(/[^\"]*)\"").matcher(api.body);
            while (m.find()) {
                paths.add(m.group(1));
            }
            check(!paths.isEmpty(), "no published posts in /api/posts/ (was the demo content loaded?)");
            return paths;
        }

        /** Posts {@code n} comments as an anonymous reader (its own browser), each through whichever instance nginx picks. */
        List<Answer> postComments(List<String> posts, int n, boolean requireEveryInstance, long pauseMillis) throws InterruptedException {
            Browser reader = new Browser(base);
            Map<String, Integer> byInstance = new TreeMap<>();
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Answer sent = postComment(reader, posts.get(commentsPosted % posts.size()));
                byInstance.merge(sent.lastUpstream(), 1, Integer::sum);
                answers.add(sent);
                Thread.sleep(pauseMillis);
            }
            if (requireEveryInstance) {
                check(byInstance.keySet().equals(instances.keySet()), "comments were posted through " + byInstance.keySet()
                        + " only, not every instance " + instances.keySet());
            }
            System.out.println("   " + n + " comments posted; POSTs answered per instance: " + byInstance);
            return answers;
        }

        /** GET the post (for the CSRF token), POST the comment form; the answer must be the redirect back to the post. */
        Answer postComment(Browser reader, String post) {
            Answer page = reader.get(post);
            check(page.status == 200, "GET " + post + " answered " + page.status + " via " + page.upstream);
            int number = ++commentsPosted;
            Answer sent = reader.post(post + "comment/", form("csrfmiddlewaretoken", page.csrf(), "name", "reader " + runId,
                    "email", "reader@example.com", "body", "Comment " + number + " of scale-out run " + runId), post);
            check(sent.status == 302, "posting comment " + number + " answered " + sent.status + " via " + sent.upstream);
            return sent;
        }

        /** The admin changelist, searched for this run, lists every comment on every instance; so does the database. */
        void expectCommentsEverywhere(int expected) throws Exception {
            Set<String> seen = new LinkedHashSet<>();
            Pattern matching = Pattern.compile("All (\\d+) matching");
            for (int i = 0; i < 20 && seen.size() < liveInstances().size(); i++) {
                Answer a = admin.get("/admin/blog/comment/?q=" + runId);
                check(a.status == 200, "the comment changelist answered " + a.status + " via " + a.upstream);
                Matcher m = matching.matcher(a.body);
                int rows = a.body.split("name=\"_selected_action\"", -1).length - 1;
                int count = m.find() ? Integer.parseInt(m.group(1)) : rows;
                check(count == expected, "the admin comment changelist on " + a.upstream + " lists " + count + " comments of this run, expected "
                        + expected);
                seen.add(a.lastUpstream());
            }
            check(seen.equals(liveInstances()), "the changelist was checked on " + seen + " only");
            int inDb = commentsInDatabase();
            check(inDb == expected, "the database has " + inDb + " comments of this run, expected " + expected);
            System.out.println("   all " + expected + " comments listed in the admin changelist on " + seen + " and found in the database");
        }

        Set<String> liveInstances() {
            Set<String> live = new LinkedHashSet<>();
            instances.forEach((addr, pid) -> {
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    live.add(addr);
                }
            });
            return new java.util.TreeSet<>(live);
        }

        int commentsInDatabase() throws Exception {
            try (Connection c = connect(database); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM blog_comment WHERE body LIKE '%scale-out run " + runId + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        }

        void editPostAndSeeItEverywhere() {
            Answer list = admin.get("/api/posts/");
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(list.body);
            check(m.find(), "no post id in /api/posts/");
            String id = m.group(1);
            String before = admin.get("/api/posts/" + id + "/").body;
            String author = jsonField(before, "author");
            String category = jsonField(before, "category");
            String changeUrl = "/admin/blog/post/" + id + "/change/";
            Answer page = admin.get(changeUrl);
            check(page.status == 200, changeUrl + " answered " + page.status);
            Map<String, List<String>> fields = formFields(page.body, "name=\"_original\"");
            String title = fields.get("title").get(0);
            String newTitle = title.replaceAll(" \\[edited [^\\]]*\\]$", "") + " [edited " + runId + "]";
            fields.put("title", List.of(newTitle));
            fields.put("_save", List.of("1"));
            Answer saved = admin.post(changeUrl, fields, changeUrl);
            check(saved.status == 302, "saving the post in the admin answered " + saved.status + " via " + saved.upstream
                    + (saved.status == 200 ? " (the form came back: " + errors(saved.body) + ")" : ""));
            System.out.println("   post " + id + " renamed to \"" + newTitle + "\" in the admin; form loaded on " + page.upstream
                    + ", saved on " + saved.upstream);
            // every instance, asked directly (not through nginx), shows the new title
            for (String addr : liveInstances()) {
                Browser direct = new Browser("http://" + addr);
                String api = direct.get("/api/posts/" + id + "/").body;
                check(newTitle.equals(jsonField(api, "title")), "instance " + addr + " still shows the title " + jsonField(api, "title"));
                check(author.equals(jsonField(api, "author")) && category.equals(jsonField(api, "category")),
                        "saving the admin form changed the author or category: " + author + "/" + category + " -> " + jsonField(api, "author")
                                + "/" + jsonField(api, "category"));
                String home = direct.get("/").body;
                check(home.contains(escapeHtml(newTitle)), "the home page on " + addr + " does not show the new title");
            }
            System.out.println("   the new title is on the home page and in the API of every instance " + liveInstances()
                    + "; author and category unchanged");
            report.add("admin edit saved on " + saved.upstream + ", visible on all " + liveInstances().size() + " instances");
        }

        static String errors(String html) {
            Matcher m = Pattern.compile("class=\"errorlist[^\"]*\"[^>]*>(.*?)</ul>", Pattern.DOTALL).matcher(html);
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
            }
            return out.isEmpty() ? "no field errors shown" : String.join("; ", out);
        }

        static String escapeHtml(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        /** A top-level field of a small JSON object, as its raw JSON text (good enough to compare values). */
        static String jsonField(String json, String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\{[^}]*\\}|[^,}]+)").matcher(json);
            check(m.find(), "no \"" + name + "\" in " + json);
            String v = m.group(1).trim();
            return v.startsWith("\"") ? v.substring(1, v.length() - 1).replace("\\\"", "\"") : v;
        }

        record Wrk(long requests, double seconds, long non2xx, long socketErrors, String output) {
            long errors() {
                return non2xx + socketErrors;
            }

            String summary() {
                return requests + " requests, " + non2xx + " non-2xx/3xx, " + socketErrors + " socket errors\n" + output;
            }
        }

        Process startWrk(String path, int seconds) throws IOException {
            List<String> cmd = List.of(env("SCALEOUT_WRK", "wrk"), "-t2", "-c" + env("SCALEOUT_WRK_CONNECTIONS", "8"),
                    "-d" + seconds + "s", "--timeout", "10s", base + path);
            System.out.println("   $ " + String.join(" ", cmd));
            return new ProcessBuilder(cmd).redirectErrorStream(true).start();
        }

        static Wrk wrkResult(Process p) throws Exception {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            check(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "wrk failed:\n" + out);
            Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s)").matcher(out);
            check(total.find(), "cannot read wrk's output:\n" + out);
            double secs = Double.parseDouble(total.group(2)) / (total.group(3).equals("ms") ? 1000 : 1);
            Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
            Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
            long sock = 0;
            if (socket.find()) {
                for (int g = 1; g <= 4; g++) {
                    sock += Long.parseLong(socket.group(g));
                }
            }
            System.out.print(out.lines().map(l -> "   | " + l + "\n").reduce("", String::concat));
            return new Wrk(Long.parseLong(total.group(1)), secs, non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, sock, out);
        }

        Wrk wrk(String path, int seconds) throws Exception {
            return wrkResult(startWrk(path, seconds));
        }

        /**
         * wrk loads nginx while comments are posted one after another; a third of the way through, the last instance is
         * killed with SIGKILL (between two comment POSTs, so no comment is in flight on it). nginx's log then shows the
         * requests it had sent to the dead instance and answered from another (proxy_next_upstream).
         */
        void failover(List<String> posts) throws Exception {
            String victim = new ArrayList<>(instances.keySet()).get(instances.size() - 1);
            long victimPid = instances.get(victim);
            int before = commentsPosted;
            int loadSeconds = Math.max(wrkSeconds * 2, 8);
            Process load = startWrk("/", loadSeconds);
            long loadStart = System.nanoTime();
            Thread.sleep(1000);   // the load is running on every instance

            // comments until 30% into the load, then the kill, then the rest while the load goes on
            Browser reader = new Browser(base);
            int killAfter = 0;
            while (killAfter < 3 || (System.nanoTime() - loadStart) < loadSeconds * 300_000_000L) {
                postComment(reader, posts.get(commentsPosted % posts.size()));
                killAfter++;
                Thread.sleep(100);
            }
            System.out.println("   " + killAfter + " comments posted before the kill");
            System.out.printf("   kill -9 %d (the instance on %s) %.1f s into the load%n", victimPid, victim, (System.nanoTime() - loadStart) / 1e9);
            long killedAtEpochMillis = System.currentTimeMillis();
            ProcessHandle.of(victimPid).ifPresent(ProcessHandle::destroyForcibly);
            boolean died = ProcessHandle.of(victimPid).map(h -> {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                    return true;
                } catch (Exception e) {
                    return false;
                }
            }).orElse(true);
            check(died, "instance " + victim + " (pid " + victimPid + ") did not die");

            List<Answer> afterKill = postComments(posts, Math.max(failoverComments - killAfter, 10), false, 100);
            long slowestPost = afterKill.stream().mapToLong(Answer::millis).max().orElse(0);
            Wrk underFailover = wrkResult(load);
            check(underFailover.errors() == 0, "wrk saw errors while an instance was killed: " + underFailover.summary());
            int posted = commentsPosted - before;

            NginxLog log = NginxLog.read(Path.of(env("SCALEOUT_NGINX_LOG")), killedAtEpochMillis, victim);
            System.out.println("   nginx after the kill: " + log.afterKill + " requests, " + log.errors + " answered 5xx; " + log.retried
                    + " were sent to the dead instance first and answered by another (" + log.retriedPosts + " of them comment POSTs)");
            check(log.errors == 0, "nginx answered " + log.errors + " requests with 5xx after the kill");
            check(log.retried > 0, "nginx's log shows no request retried on another instance after the kill: failover was not exercised");

            // a comment POST nginx sends to the dead instance is refused at connect and resent to a live one, once
            String retriedPost = postUntilRetried(posts.get(0), victim);

            // the session still works on the survivors, and every comment is there
            for (int i = 0; i < 4; i++) {
                Answer a = admin.get("/admin/");
                check(a.status == 200 && a.body.contains("Welcome, <strong>" + user + "</strong>"),
                        "after the failover /admin/ answered " + a.status + " via " + a.upstream);
            }
            expectCommentsEverywhere(commentsPosted);
            report.add(String.format("under failover: %d requests in %.1f s (%.0f req/s), errors %d; %s killed with SIGKILL mid-load",
                    underFailover.requests, underFailover.seconds, underFailover.requests / underFailover.seconds, underFailover.errors(), victim));
            report.add("failover: first request retried on a survivor " + log.firstRetryMillis + " ms after the kill, the last "
                    + log.lastRetryMillis + " ms after; " + log.retried + " requests retried (" + log.retriedPosts
                    + " POSTs), slowest retried request " + log.slowestRetryMillis + " ms, slowest comment POST after the kill " + slowestPost
                    + " ms; 5xx after the kill: " + log.errors);
            report.add("a comment POST nginx sent to the dead instance: " + retriedPost);
            report.add("comments: " + commentsPosted + " posted (" + posted + " during the failover), " + commentsInDatabase()
                    + " in the database and the admin changelist, 0 lost");
        }
    }

    /** What nginx's access log (run.sh's "scaleout" format) says about the requests after the kill. */
    static final class NginxLog {
        long afterKill;
        long errors;
        long retried;
        long retriedPosts;
        long firstRetryMillis = -1;
        long lastRetryMillis = -1;
        long slowestRetryMillis;

        // $msec $status "$upstream_addr" "$upstream_status" $request_time "$request"
        private static final Pattern LINE = Pattern.compile("^(\\d+)\\.(\\d{3}) (\\d{3}) \"([^\"]*)\" \"([^\"]*)\" ([\\d.]+) \"(\\S+)");

        static NginxLog read(Path file, long killedAt, String victim) throws IOException {
            NginxLog log = new NginxLog();
            for (String line : Files.readAllLines(file)) {
                Matcher m = LINE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                long at = Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2));
                double seconds = Double.parseDouble(m.group(6));
                long startedAt = at - Math.round(seconds * 1000);
                if (startedAt < killedAt - 50) {
                    continue;
                }
                log.afterKill++;
                if (Integer.parseInt(m.group(3)) >= 500) {
                    log.errors++;
                }
                String upstreams = m.group(4);
                if (upstreams.contains(victim) && upstreams.contains(",")) {
                    log.retried++;
                    if (m.group(7).equals("POST")) {
                        log.retriedPosts++;
                    }
                    long since = at - killedAt;
                    log.firstRetryMillis = log.firstRetryMillis < 0 ? since : Math.min(log.firstRetryMillis, since);
                    log.lastRetryMillis = Math.max(log.lastRetryMillis, since);
                    log.slowestRetryMillis = Math.max(log.slowestRetryMillis, Math.round(seconds * 1000));
                }
            }
            return log;
        }
    }
}
