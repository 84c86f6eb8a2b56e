package dev.djakarta.benchmarks.tfb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a running benchmark app against the TechEmpower rules before it is measured: every endpoint's status,
 * content type, Server and Date headers and body; the fortunes page against the reference page; the clamping of
 * {@code queries}; and that {@code /updates} really writes. Used by {@code run.sh} (which aborts on any failure) and
 * by the module's tests.
 *
 * <pre>
 * java -cp benchmarks.jar dev.djakarta.benchmarks.tfb.Verifier http://127.0.0.1:8080 EXPECTED_FORTUNES_HTML [/fortunes ...]
 * </pre>
 */
public final class Verifier {
    /** The {@code queries} values checked, with the row count each must give. */
    public static final Map<String, Integer> CLAMPING = clamping();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String expectedFortunes;
    private final List<String> passed = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /**
     * @param base             the app's root, e.g. {@code http://127.0.0.1:8080}
     * @param expectedFortunes the reference fortunes page
     */
    public Verifier(URI base, String expectedFortunes) {
        this.base = base;
        this.expectedFortunes = expectedFortunes;
    }

    private static Map<String, Integer> clamping() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put("", 1);                 // no parameter at all
        m.put("queries=", 1);
        m.put("queries=1", 1);
        m.put("queries=20", 20);
        m.put("queries=500", 500);
        m.put("queries=0", 1);
        m.put("queries=-5", 1);
        m.put("queries=501", 500);
        m.put("queries=99999999999", 500);
        m.put("queries=foo", 1);
        m.put("queries=1.5", 1);
        return m;
    }

    /** The problems found (empty when everything passed). */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** One line per check that passed. */
    public List<String> passed() {
        return List.copyOf(passed);
    }

    /** Runs every check: the six test types, and each of {@code fortunesPaths} against the reference page. */
    public Verifier verifyAll(List<String> fortunesPaths) {
        plaintext();
        json();
        db();
        queries("/queries");
        queries("/updates");
        updatesPersist();
        for (String path : fortunesPaths) {
            fortunes(path);
        }
        return this;
    }

    public void plaintext() {
        Reply r = get("/plaintext");
        if (r != null && expect(r, "text/plain") && check(r.body.equals(Tfb.HELLO), r, "body is \"" + Tfb.HELLO + "\"")) {
            pass(r, "Hello, World!");
        }
    }

    public void json() {
        Reply r = get("/json");
        if (r != null && expect(r, "application/json")) {
            JsonNode node = parse(r);
            if (check(node != null && node.isObject() && node.size() == 1 && Tfb.HELLO.equals(node.path("message").asText(null)),
                    r, "body is {\"message\":\"Hello, World!\"}")) {
                pass(r, r.body);
            }
        }
    }

    public void db() {
        for (int i = 0; i < 3; i++) {
            Reply r = get("/db");
            if (r == null || !expect(r, "application/json")) {
                return;
            }
            JsonNode node = parse(r);
            if (!check(node != null && world(node) != null, r, "body is one {\"id\":1..10000,\"randomNumber\":1..10000}")) {
                return;
            }
        }
        passed.add("GET /db: 3 x one world object");
    }

    /** Row counts for every clamping case, each element a world object, ids distinct. */
    public void queries(String path) {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Integer> c : CLAMPING.entrySet()) {
            String target = path + (c.getKey().isEmpty() ? "" : "?" + c.getKey());
            Reply r = get(target);
            if (r == null || !expect(r, "application/json")) {
                return;
            }
            List<int[]> rows = worlds(r);
            if (rows == null) {
                fail(r, "body is a JSON array of {\"id\":..,\"randomNumber\":..} objects");
                return;
            }
            Set<Integer> ids = new HashSet<>();
            rows.forEach(w -> ids.add(w[0]));
            if (rows.size() != c.getValue() || ids.size() != rows.size()) {
                bad.add(target + " gave " + rows.size() + " rows (" + ids.size() + " distinct ids), expected " + c.getValue());
            }
        }
        if (bad.isEmpty()) {
            passed.add("GET " + path + ": row counts " + CLAMPING.values() + " for " + CLAMPING.keySet().stream()
                    .map(k -> k.isEmpty() ? "(none)" : k).toList());
        } else {
            failures.add("GET " + path + ": " + String.join("; ", bad));
        }
    }

    /**
     * {@code /updates?queries=500}, then reads ten times 500 random rows: every row that was updated must show its
     * new number (the rows overlap by ~250 on average; none overlapping counts as a failure too).
     */
    public void updatesPersist() {
        Reply r = get("/updates?queries=500");
        List<int[]> updated = r == null ? null : worlds(r);
        if (updated == null || updated.size() != 500) {
            failures.add("GET /updates?queries=500 did not give 500 rows");
            return;
        }
        Map<Integer, Integer> written = new HashMap<>();
        updated.forEach(w -> written.put(w[0], w[1]));
        int seen = 0;
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Reply q = get("/queries?queries=500");
            List<int[]> rows = q == null ? null : worlds(q);
            if (rows == null) {
                failures.add("GET /queries?queries=500 failed while checking updates");
                return;
            }
            for (int[] w : rows) {
                Integer expected = written.get(w[0]);
                if (expected != null) {
                    seen++;
                    if (expected != w[1] && stale.size() < 5) {
                        stale.add("id " + w[0] + " reads " + w[1] + " after /updates wrote " + expected);
                    }
                }
            }
        }
        if (seen == 0) {
            failures.add("updates: no updated row came back in 5,000 random reads; cannot confirm the writes");
        } else if (!stale.isEmpty()) {
            failures.add("updates did not persist: " + String.join("; ", stale));
        } else {
            passed.add("updates persist: " + seen + " re-read rows all show the numbers /updates wrote");
        }
    }

    /** The page must equal the reference (see {@link FortunesPage#compare}). */
    public void fortunes(String path) {
        Reply r = get(path);
        if (r == null || !expect(r, "text/html")) {
            return;
        }
        if (!check(r.contentType.replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8"), r,
                "Content-Type is text/html; charset=utf-8 (got " + r.contentType + ")")) {
            return;
        }
        FortunesPage.Comparison cmp = FortunesPage.compare(expectedFortunes, r.body);
        if (cmp.equal()) {
            pass(r, cmp.description());
        } else {
            fail(r, cmp.description());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private record Reply(String target, int status, String contentType, String server, String date, String body) {
    }

    private Reply get(String target) {
        try {
            HttpResponse<byte[]> res = client.send(HttpRequest.newBuilder(base.resolve(target)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(target, res.statusCode(), res.headers().firstValue("Content-Type").orElse(""),
                    res.headers().firstValue("Server").orElse(""), res.headers().firstValue("Date").orElse(""),
                    new String(res.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add("GET " + target + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("GET " + target + ": interrupted");
            return null;
        }
    }

    /** Status 200, the content type, and the Server and Date headers every response must have. */
    private boolean expect(Reply r, String contentType) {
        return check(r.status == 200, r, "status 200 (got " + r.status + ": " + abbreviate(r.body) + ")")
                && check(r.contentType.toLowerCase(java.util.Locale.ROOT).startsWith(contentType), r,
                        "Content-Type " + contentType + " (got '" + r.contentType + "')")
                && check(!r.server.isBlank(), r, "a Server header")
                && check(isHttpDate(r.date), r, "a Date header in RFC 1123 form (got '" + r.date + "')");
    }

    private static boolean isHttpDate(String value) {
        try {
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private boolean check(boolean ok, Reply r, String what) {
        if (!ok) {
            fail(r, "expected " + what);
        }
        return ok;
    }

    private void fail(Reply r, String what) {
        failures.add("GET " + r.target + ": " + what);
    }

    private void pass(Reply r, String what) {
        passed.add("GET " + r.target + ": " + abbreviate(what) + " [Server: " + r.server + "; Date: " + r.date + "]");
    }

    private JsonNode parse(Reply r) {
        try {
            return MAPPER.readTree(r.body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The rows of a JSON array of world objects, or null when it is anything else. */
    private List<int[]> worlds(Reply r) {
        JsonNode node = parse(r);
        if (node == null || !node.isArray()) {
            return null;
        }
        List<int[]> rows = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            int[] w = world(it.next());
            if (w == null) {
                return null;
            }
            rows.add(w);
        }
        return rows;
    }

    /** {id, randomNumber} of a world object with exactly those two integer fields in range, else null. */
    private static int[] world(JsonNode node) {
        if (!node.isObject() || node.size() != 2 || !node.path("id").isInt() || !node.path("randomNumber").isInt()) {
            return null;
        }
        int id = node.get("id").intValue();
        int number = node.get("randomNumber").intValue();
        boolean inRange = id >= 1 && id <= Tfb.WORLD_ROWS && number >= 1 && number <= Tfb.WORLD_ROWS;
        return inRange ? new int[] {id, number} : null;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }

    /** Exit 0 when every check passed, 1 otherwise; prints one line per check. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: Verifier BASE_URL EXPECTED_FORTUNES_HTML [FORTUNES_PATH ...] (default path: /fortunes)");
            System.exit(2);
        }
        String expected = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        List<String> paths = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("/fortunes");
        Verifier v = new Verifier(URI.create(args[0]), expected).verifyAll(paths);
        v.passed().forEach(line -> System.out.println("  ok    " + line));
        v.failures().forEach(line -> System.out.println("  FAIL  " + line));
        System.exit(v.failures().isEmpty() ? 0 : 1);
    }
}
