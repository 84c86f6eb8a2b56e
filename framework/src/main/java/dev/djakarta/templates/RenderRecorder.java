package dev.djakarta.templates;

import dev.djakarta.http.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates a request rendered, with their contexts: Django's test-time {@code template_rendered} signal.
 * The test client stores one on each request under {@link #ATTRIBUTE}; without it nothing is recorded, so a real
 * site pays one attribute lookup per render.
 */
public final class RenderRecorder {
    /** Request attribute the test client stores the recorder under. */
    public static final String ATTRIBUTE = "djakarta.templates.recorder";

    /** One render: the template's name, its full context (processors' variables included), and its response if any. */
    public record Rendering(String name, Map<String, Object> context, Response response) {
    }

    private final List<Rendering> renderings = new ArrayList<>(2);

    void record(String name, Map<String, Object> context) {
        renderings.add(new Rendering(name, Collections.unmodifiableMap(new LinkedHashMap<>(context)), null));
    }

    void attachLast(Response response) {
        Rendering last = renderings.remove(renderings.size() - 1);
        renderings.add(new Rendering(last.name(), last.context(), response));
    }

    /** Every render of the request, in order. */
    public List<Rendering> renderings() {
        return Collections.unmodifiableList(renderings);
    }

    /**
     * The render that produced {@code response}, or, when the response was replaced on its way out, the last render
     * that produced a response; null when no template made a response.
     */
    public Rendering forResponse(Response response) {
        Rendering fallback = null;
        for (Rendering r : renderings) {
            if (r.response() == response) {
                return r;
            }
            if (r.response() != null) {
                fallback = r;
            }
        }
        return fallback;
    }
}
