package dev.djakarta.benchmarks;

import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Routes;
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
 * The whole in-process request cycle: {@code engine.newRequest(raw)} then {@code engine.handle(request)}, through
 * the middleware chain, the resolver and the view, for a two-route site ({@code /plaintext} and {@code /json}).
 * No sockets and no servlet container: this is the framework's own cost per request.
 *
 * <p>{@code middleware} picks the MIDDLEWARE setting: {@code none} (empty chain), {@code default} (the framework's
 * default, CommonMiddleware) or {@code full} (GZip, Common, ConditionalGet). The bodies are under GZipMiddleware's
 * 200-byte threshold, so in {@code full} gzip only inspects the response; ConditionalGet hashes it for the ETag.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestPathBenchmark {
    private static final Map<String, String> MIDDLEWARE = Map.of(
            "none", "",
            "default", "dev.djakarta.middleware.CommonMiddleware",
            "full", "dev.djakarta.middleware.GZipMiddleware,dev.djakarta.middleware.CommonMiddleware,"
                    + "dev.djakarta.middleware.ConditionalGetMiddleware");

    @Param({"none", "default", "full"})
    String middleware;

    Engine engine;
    MemoryRawRequest plaintext;
    MemoryRawRequest json;

    /** The site under test. Public with a no-argument constructor, as a Site must be. */
    public static final class HelloSite extends Site {
        @Override
        public Routes routes() {
            return Routes.of(
                    path("plaintext", request -> Response.text("Hello, World!"), "plaintext"),
                    path("json", request -> Response.json(Map.of("message", "Hello, World!")), "json"));
        }
    }

    @Setup
    public void setUp() {
        engine = Engine.boot(new HelloSite(), Map.of(
                "DEBUG", "false",
                "SECRET_KEY", "benchmark-secret-key-not-for-production-0123456789-abcdefghijklmnop",
                "ALLOWED_HOSTS", "localhost",
                "MIDDLEWARE", MIDDLEWARE.get(middleware)));
        plaintext = MemoryRawRequest.get("/plaintext");
        json = MemoryRawRequest.get("/json");
        check(plaintext, "Hello, World!");
        check(json, "{\"message\":\"Hello, World!\"}");
    }

    private void check(MemoryRawRequest raw, String body) {
        Response response = engine.handle(engine.newRequest(raw));
        if (response.status() != 200 || !response.text().equals(body)) {
            throw new IllegalStateException("GET " + raw.rawPath() + " with middleware=" + middleware + " gave "
                    + response + ": " + response.text(), response.exception());
        }
    }

    @TearDown
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Response plaintext() {
        Request request = engine.newRequest(plaintext);
        return engine.handle(request);
    }

    @Benchmark
    public Response json() {
        Request request = engine.newRequest(json);
        return engine.handle(request);
    }
}
