package dev.djakarta.cache;

import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.Site;
import dev.djakarta.templates.Render;
import dev.djakarta.test.Client;
import dev.djakarta.urls.Routes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Template-fragment caching ({@code dj:cache}, Django's {@code {% cache %}}). */
class FragmentCacheTest {
    static final AtomicInteger COUNTER = new AtomicInteger();

    public static final class FragmentSite extends Site {
        @Override
        public Routes routes() {
            return Routes.of(path("count/", r -> Render.render(r, "cachetest/fragment.html", Map.of("count", COUNTER.incrementAndGet(),
                    "who", r.query().get("who", "ann"), "items", List.of("x", "y"), "typed", "[[${count}]] <b>")), "count"));
        }
    }

    private static String cached(String html) {
        Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span>").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static String live(String html) {
        Matcher m = Pattern.compile("<p id=\"live\">(\\d+)</p>").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    @Test
    void aCachedFragmentIsRenderedOncePerVaryValueAndTheRestOfThePageEveryTime() {
        Client client = Client.of(new FragmentSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k"));
        String first = client.get("/count/?who=ann").text();
        String second = client.get("/count/?who=ann").text();
        String other = client.get("/count/?who=bob").text();

        assertThat(cached(first)).isEqualTo(live(first));
        assertThat(live(second)).isNotEqualTo(live(first));
        assertThat(cached(second)).isEqualTo(cached(first));
        assertThat(cached(other)).isEqualTo(live(other)).isNotEqualTo(cached(first));
        assertThat(first).contains("<div class=\"cached\"><span class=\"count\">", "<span>x</span><span>y</span>", "href=\"/count/\"")
                .doesNotContain("dj:cache");
        // what users typed stays text in the stored fragment: escaped, and never evaluated when written again
        assertThat(second).contains("<span>[[${count}]] &lt;b&gt;</span>");
        assertThat(second).isEqualTo(first.replace("<p id=\"live\">" + live(first) + "</p>", "<p id=\"live\">" + live(second) + "</p>")
                .replaceAll("name=\"csrfmiddlewaretoken\" value=\"[^\"]*\"", "name=\"csrfmiddlewaretoken\" value=\"" + token(second) + "\""));
    }

    @Test
    void theDummyCacheRendersEveryTime() {
        Client client = Client.of(new FragmentSite(), Map.of("DEBUG", "false", "SECRET_KEY", "k", "CACHE_DEFAULT_BACKEND", "dummy"));
        String first = client.get("/count/").text();
        String second = client.get("/count/").text();
        assertThat(cached(second)).isEqualTo(live(second)).isNotEqualTo(cached(first));
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"csrfmiddlewaretoken\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
