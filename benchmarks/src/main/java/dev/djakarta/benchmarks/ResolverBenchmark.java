package dev.djakarta.benchmarks;

import static dev.djakarta.urls.Routes.include;
import static dev.djakarta.urls.Routes.path;

import dev.djakarta.http.Response;
import dev.djakarta.urls.Match;
import dev.djakarta.urls.Resolver;
import dev.djakarta.urls.Route;
import dev.djakarta.urls.Routes;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * URL resolution and reversal against route tables of 10 and 1000 routes.
 *
 * <p>The table is built like a real project's: static pages ({@code page17/}), parameterised routes
 * ({@code section17/<int:id>/}, {@code section17/<slug:slug>/edit/}), an {@code include("api/", ..., "api")} in
 * the middle of the list, a {@code files/<path:rest>} catch-all near the end and a static {@code about/} declared
 * last. Each benchmark resolves the same kind of path at both sizes, so the two rows of a benchmark compare like
 * with like: with a segment tree the figures stay flat; a linear scan would make the 1000-route rows of the
 * later-declared routes and of the miss ~100x slower.
 *
 * <p>{@link #setUp} checks that every path resolves to the route it is meant to (and the miss to nothing), so a
 * typo cannot quietly turn a benchmark into a 404 benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ResolverBenchmark {
    private static final View VIEW = request -> Response.text("ok");

    @Param({"10", "1000"})
    int routes;

    Resolver resolver;

    // Read from fields, not constants, so the JIT cannot fold the inputs.
    String firstPath;
    String middlePath;
    String lastPath;
    String parameterisedPath;
    String includedPath;
    String catchAllPath;
    String missPath;
    String reverseName;
    Integer reverseArg;

    @Setup
    public void setUp() {
        Table table = Table.of(routes);
        resolver = Resolver.compile(table.routes);

        firstPath = "/page0/";
        middlePath = "/page" + table.middleBlock + "/";
        lastPath = "/about/";
        parameterisedPath = "/section" + table.lastBlock + "/hello-world/edit/";
        includedPath = "/api/items" + table.lastApiDetail + "/42/";
        catchAllPath = "/files/2024/reports/q3.pdf";
        missPath = "/section0/42/missing/";
        reverseName = "api:item_detail_" + table.lastApiDetail;
        reverseArg = 42;

        expect(firstPath, "page_0");
        expect(middlePath, "page_" + table.middleBlock);
        expect(lastPath, "about");
        expect(parameterisedPath, "section_edit_" + table.lastBlock);
        expect(includedPath, reverseName);
        expect(catchAllPath, "files");
        if (resolver.resolve(missPath) != null) {
            throw new IllegalStateException(missPath + " should not resolve, but matched " + resolver.resolve(missPath));
        }
        if (!resolver.reverse(reverseName, reverseArg).equals(includedPath)) {
            throw new IllegalStateException("reverse(" + reverseName + ", 42) gave " + resolver.reverse(reverseName, reverseArg));
        }
        if (resolver.routes().size() != routes) {
            throw new IllegalStateException("built " + resolver.routes().size() + " routes, wanted " + routes);
        }
    }

    private void expect(String path, String name) {
        Match m = resolver.resolve(path);
        if (m == null || !name.equals(m.name())) {
            throw new IllegalStateException(path + " should resolve to '" + name + "' but gave " + m);
        }
    }

    /** A static page, declared first. */
    @Benchmark
    public Match resolveFirst() {
        return resolver.resolve(firstPath);
    }

    /** A static page declared in the middle of the table (index 5 of 10, 501 of 1000), right after the include. */
    @Benchmark
    public Match resolveMiddle() {
        return resolver.resolve(middlePath);
    }

    /** The static page declared last, after the catch-all. */
    @Benchmark
    public Match resolveLast() {
        return resolver.resolve(lastPath);
    }

    /** {@code section<N>/<slug:slug>/edit/}: the int sibling is tried and rejected, then slug and "edit" match. */
    @Benchmark
    public Match resolveParameterised() {
        return resolver.resolve(parameterisedPath);
    }

    /** {@code api/items<N>/<int:id>/} inside the include: int conversion and a namespaced name. */
    @Benchmark
    public Match resolveIncluded() {
        return resolver.resolve(includedPath);
    }

    /** {@code files/<path:rest>}: the segment-spanning regex over the rest of the path. */
    @Benchmark
    public Match resolveCatchAll() {
        return resolver.resolve(catchAllPath);
    }

    /** A 404 that gets two segments deep ({@code section0/42/}) before failing on the third. */
    @Benchmark
    public Match resolveMiss() {
        return resolver.resolve(missPath);
    }

    /** {@code reverse("api:item_detail_<N>", 42)}: name lookup, converter, URL encoding. */
    @Benchmark
    public String reverse() {
        return resolver.reverse(reverseName, reverseArg);
    }

    /**
     * The route table: {@code size} routes in declaration order. Blocks of three top-level routes
     * ({@code page<b>/}, {@code section<b>/<int:id>/}, {@code section<b>/<slug:slug>/edit/}); a quarter of the routes
     * in one {@code include("api/", ..., "api")}, alternating {@code items<k>/} and {@code items<k>/<int:id>/} and
     * placed so that the page after it is declared at index ~size/2; then {@code files/<path:rest>} and
     * {@code about/}.
     */
    static final class Table {
        final Routes routes;
        final int middleBlock;
        final int lastBlock;
        final int lastApiDetail;

        private Table(Routes routes, int middleBlock, int lastBlock, int lastApiDetail) {
            this.routes = routes;
            this.middleBlock = middleBlock;
            this.lastBlock = lastBlock;
            this.lastApiDetail = lastApiDetail;
        }

        static Table of(int size) {
            if (size < 10) {
                throw new IllegalArgumentException("the table needs at least 10 routes, got " + size);
            }
            int body = size - 2;                    // files/<path:rest> and about/ come last
            int apiCount = body / 4;
            int topCount = body - apiCount;

            List<Route> top = new ArrayList<>();
            for (int i = 0; i < topCount; i++) {
                int b = i / 3;
                switch (i % 3) {
                    case 0 -> top.add(path("page" + b + "/", VIEW, "page_" + b));
                    case 1 -> top.add(path("section" + b + "/<int:id>/", VIEW, "section_detail_" + b));
                    default -> top.add(path("section" + b + "/<slug:slug>/edit/", VIEW, "section_edit_" + b));
                }
            }
            int lastBlock = (topCount - 1) / 3;
            if (topCount % 3 != 0) {
                lastBlock--;                        // the last block is incomplete: use the last full one
            }

            List<Route> api = new ArrayList<>();
            int lastApiDetail = -1;
            for (int k = 0; k < apiCount; k++) {
                if (k % 2 == 0) {
                    api.add(path("items" + k + "/", VIEW, "item_list_" + k));
                } else {
                    api.add(path("items" + k + "/<int:id>/", VIEW, "item_detail_" + k));
                    lastApiDetail = k;
                }
            }

            // the include goes before the block whose page then lands at declaration index ~size/2
            int middleBlock = Math.max(1, Math.round((size / 2f - apiCount) / 3f));
            int split = middleBlock * 3;
            List<Route> all = new ArrayList<>(top.subList(0, split));
            all.add(include("api/", Routes.of(api), "api"));
            all.addAll(top.subList(split, topCount));
            all.add(path("files/<path:rest>", VIEW, "files"));
            all.add(path("about/", VIEW, "about"));
            return new Table(Routes.of(all), middleBlock, lastBlock, lastApiDetail);
        }
    }
}
