package dev.djakarta.benchmarks.tfb.djakarta;

import static dev.djakarta.templates.Render.render;

import dev.djakarta.benchmarks.tfb.Tfb;
import dev.djakarta.db.Manager;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The TechEmpower test types as ordinary Djakarta views: models through their managers, JSON through
 * {@link Response#json}, the fortunes page through a Thymeleaf template. Nothing here is tuned for the benchmark.
 */
final class TfbViews {
    private static final Comparator<Fortune> BY_MESSAGE = Comparator.comparing(Fortune::getMessage, Tfb.CODE_POINT_ORDER);

    private TfbViews() {
    }

    static Response plaintext(Request request) {
        return Response.text(Tfb.HELLO);
    }

    static Response json(Request request) {
        return Response.json(Map.of("message", Tfb.HELLO));
    }

    /** One random row: a primary-key load. */
    static Response db(Request request) {
        return Response.json(World.objects().get("id", Tfb.randomId()));
    }

    /** {@code ?queries=N} random rows, one query each. */
    static Response queries(Request request) {
        int[] ids = Tfb.randomIds(Tfb.queries(request.query("queries")));
        Manager<World> worlds = World.objects();
        List<World> rows = new ArrayList<>(ids.length);
        for (int id : ids) {
            rows.add(worlds.get("id", id));
        }
        return Response.json(rows);
    }

    /**
     * {@code ?queries=N} random rows (one query each), each given a new random number, written with one
     * {@code bulkUpdate} (Django's bulk_update, as TechEmpower's Django app does): batched UPDATEs in one transaction.
     */
    static Response updates(Request request) {
        int[] ids = Tfb.sortedRandomIds(Tfb.queries(request.query("queries")));
        Manager<World> worlds = World.objects();
        List<World> rows = new ArrayList<>(ids.length);
        for (int id : ids) {
            World world = worlds.get("id", id);
            world.setRandomNumber(Tfb.newRandomNumber(world.getRandomNumber()));
            rows.add(world);
        }
        worlds.bulkUpdate(rows, "randomNumber");
        return Response.json(rows);
    }

    /** All fortunes plus one added now, sorted by message, rendered by {@code templates/bench/fortunes.html}. */
    static Response fortunes(Request request) {
        List<Fortune> fortunes = new ArrayList<>(Fortune.objects().all().list());
        fortunes.add(new Fortune(0, Tfb.ADDITIONAL_FORTUNE));
        fortunes.sort(BY_MESSAGE);
        return render(request, "bench/fortunes.html", Map.of("fortunes", fortunes));
    }
}
