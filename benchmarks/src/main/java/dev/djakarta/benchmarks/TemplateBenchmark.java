package dev.djakarta.benchmarks;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.templates.Render;
import dev.djakarta.urls.Routes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 20-row list page rendered by the template engine: {@code bench/post_list.html} fills the blocks of
 * {@code bench/base.html} (a fragment layout), and each row reverses a URL, formats a date, pluralizes and truncates
 * text; the layout adds a static URL, context-path links and the (empty) messages. DEBUG is off, so templates are
 * parsed once and cached, as in production.
 *
 * <p>{@code render} is the template alone ({@code Templates.render} to a String, context processors included);
 * {@code page} is the whole request cycle for {@code GET /posts/} through the default middleware (CommonMiddleware,
 * MessageMiddleware). {@code variant} picks the rows and the template:
 * <ul>
 *   <li>{@code record-helpers}: rows are records (read through Djakarta's accessor); the template calls
 *       {@code #urls.reverse}, {@code #djakarta.date}, {@code pluralize} and {@code truncatewords} per row;</li>
 *   <li>{@code bean-helpers}: the same with JavaBean rows (getters, read by OGNL itself);</li>
 *   <li>{@code record-plain}: the view computes URL, date, count text and summary in Java, and the template only
 *       reads properties ({@code bench/post_list_plain.html}): the same HTML without OGNL method calls.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateBenchmark {
    static final int ROWS = 20;

    /** A row as a record. */
    public record PostRecord(String title, String slug, String author, LocalDateTime published, int comments, String body) {
    }

    /** The same row as a JavaBean. */
    public static final class PostBean {
        private final PostRecord p;

        PostBean(PostRecord p) {
            this.p = p;
        }

        public String getTitle() {
            return p.title();
        }

        public String getSlug() {
            return p.slug();
        }

        public String getAuthor() {
            return p.author();
        }

        public LocalDateTime getPublished() {
            return p.published();
        }

        public int getComments() {
            return p.comments();
        }

        public String getBody() {
            return p.body();
        }
    }

    /** A row already formatted by the view, for the template without method calls. */
    public record PlainRow(String title, String url, String author, String date, String commentsText, String summary) {
    }

    @Param({"record-helpers", "bean-helpers", "record-plain"})
    String variant;

    Engine engine;
    MemoryRawRequest get;
    List<?> posts;
    String template;

    /** The site under test. Public with a no-argument constructor, as a Site must be. */
    public static final class ListSite extends Site {
        static volatile List<?> posts = List.of();
        static volatile String template = "bench/post_list.html";

        @Override
        public Routes routes() {
            return Routes.of(
                    path("posts/", request -> Render.render(request, template, Map.of("posts", posts)), "post_list"),
                    path("posts/<slug:slug>/", request -> Response.text(request.kwarg("slug")), "post_detail"));
        }
    }

    @Setup
    public void setUp() {
        List<PostRecord> records = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            records.add(new PostRecord("Post number " + i + ": <templates> & \"quotes\"", "post-number-" + i, "author" + (i % 3),
                    LocalDateTime.of(2026, 1 + i % 12, 1 + i, 10, 30), i % 4,
                    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore "
                            + "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea "
                            + "commodo consequat. Row ") + i));
        }
        engine = Engine.boot(new ListSite(), Map.of(
                "DEBUG", "false",
                "SECRET_KEY", "benchmark-secret-key-not-for-production-0123456789-abcdefghijklmnop",
                "ALLOWED_HOSTS", "localhost"));
        template = variant.endsWith("plain") ? "bench/post_list_plain.html" : "bench/post_list.html";
        posts = switch (variant) {
            case "record-helpers" -> records;
            case "bean-helpers" -> records.stream().map(PostBean::new).toList();
            default -> records.stream().map(this::plain).toList();
        };
        ListSite.posts = posts;
        ListSite.template = template;
        get = MemoryRawRequest.get("/posts/");
        Response response = engine.handle(engine.newRequest(get));
        String html = response.text();
        if (response.status() != 200 || count(html, "<article>") != ROWS || !html.contains("href=\"/posts/post-number-19/\"")
                || !html.contains("&lt;templates&gt; &amp; &quot;quotes&quot;")) {
            throw new IllegalStateException("GET /posts/ with variant=" + variant + " gave " + response + ":\n" + html, response.exception());
        }
        String helpers = engine.templates().render(null, "bench/post_list.html", Map.of("posts", records, "messages", List.of()));
        String plain = engine.templates().render(null, "bench/post_list_plain.html", Map.of("posts", records.stream().map(this::plain).toList(),
                "messages", List.of()));
        if (!helpers.equals(plain)) {
            throw new IllegalStateException("The two templates must give the same page:\n" + helpers + "\n---\n" + plain);
        }
    }

    /** What the helpers compute, done once in Java (as a view could). */
    private PlainRow plain(PostRecord p) {
        return new PlainRow(p.title(), engine.reverse("post_detail", p.slug()), p.author(),
                date(p.published()), String.format("%d comment%s", p.comments(), p.comments() == 1 ? "" : "s"), summary(p.body()));
    }

    /** Django's "N j, Y" (AP-style month abbreviations). */
    private static String date(LocalDateTime t) {
        String[] months = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
        return months[t.getMonthValue() - 1] + " " + t.getDayOfMonth() + ", " + t.getYear();
    }

    private static String summary(String body) {
        String[] words = body.trim().split(" +");
        return words.length <= 25 ? body : String.join(" ", java.util.Arrays.copyOf(words, 25)) + " …";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @TearDown
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public String render() {
        Request request = engine.newRequest(get);
        return engine.templates().render(request, template, Map.of("posts", posts));
    }

    @Benchmark
    public Response page() {
        Request request = engine.newRequest(get);
        return engine.handle(request);
    }
}
