package dev.djakarta.urls;

import static dev.djakarta.urls.Routes.include;
import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.http.Response;
import dev.djakarta.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResolverTest {
    static View named(String text) {
        return r -> Response.text(text);
    }

    static final View A = named("a");
    static final View B = named("b");

    @Test
    void emptyPatternMatchesOnlyTheRoot() {
        Resolver r = Resolver.compile(Routes.of(path("", A, "home")));
        assertThat(r.resolve("/").view()).isSameAs(A);
        assertThat(r.resolve("/x")).isNull();
        assertThat(r.resolve("//")).isNull();
    }

    @Test
    void trailingSlashIsPartOfThePattern() {
        Resolver r = Resolver.compile(Routes.of(path("about/", A, "about"), path("contact", B, "contact")));
        assertThat(r.resolve("/about/").view()).isSameAs(A);
        assertThat(r.resolve("/about")).isNull();
        assertThat(r.resolve("/contact").view()).isSameAs(B);
        assertThat(r.resolve("/contact/")).isNull();
    }

    @Test
    void convertersCaptureTypedKeywordArguments() {
        UUID id = UUID.randomUUID();
        Resolver r = Resolver.compile(Routes.of(
                path("a/<int:n>/<slug:s>/<str:t>/", A, "a"),
                path("u/<uuid:id>/", B, "u")));
        Match m = r.resolve("/a/42/my-post_1/any thing!/");
        assertThat(m.kwargs()).containsExactly(Map.entry("n", 42), Map.entry("s", "my-post_1"), Map.entry("t", "any thing!"));
        assertThat(m.name()).isEqualTo("a");
        assertThat(m.pattern()).isEqualTo("a/<int:n>/<slug:s>/<str:t>/");
        assertThat(r.resolve("/u/" + id + "/").kwargs().get("id")).isEqualTo(id);
        assertThat(r.resolve("/a/x/y/z/")).isNull();
        assertThat(r.resolve("/a/1/not a slug/z/")).isNull();
        assertThat(r.resolve("/u/not-a-uuid/")).isNull();
    }

    @Test
    void intTooLargeForJavaDoesNotMatch() {
        Resolver r = Resolver.compile(Routes.of(path("n/<int:n>/", A, "n")));
        assertThat(r.resolve("/n/99999999999999999999/")).isNull();
    }

    @Test
    void severalParametersInOneSegment() {
        Resolver r = Resolver.compile(Routes.of(path("d/<int:year>-<int:month>/", A, "d")));
        assertThat(r.resolve("/d/2024-07/").kwargs()).containsExactly(Map.entry("year", 2024), Map.entry("month", 7));
        assertThat(r.reverse("d", 2024, 7)).isEqualTo("/d/2024-7/");
    }

    @Test
    void pathConverterSpansSegments() {
        Resolver r = Resolver.compile(Routes.of(path("files/<path:rest>", A, "files"), path("docs/<path:p>/edit/", B, "edit")));
        assertThat(r.resolve("/files/a/b/c.txt").kwargs()).containsEntry("rest", "a/b/c.txt");
        assertThat(r.resolve("/docs/x/y/edit/").kwargs()).containsEntry("p", "x/y");
        assertThat(r.resolve("/files/")).isNull();
        assertThat(r.reverse("files", "a b/c")).isEqualTo("/files/a%20b/c");
    }

    @Test
    void firstDeclaredRouteWinsEvenAcrossStaticAndDynamicBranches() {
        Resolver r = Resolver.compile(Routes.of(
                path("posts/<str:slug>/", A, "by_slug"),
                path("posts/new/", B, "new")));
        assertThat(r.resolve("/posts/new/").view()).isSameAs(A);
        Resolver r2 = Resolver.compile(Routes.of(
                path("posts/new/", B, "new"),
                path("posts/<str:slug>/", A, "by_slug")));
        assertThat(r2.resolve("/posts/new/").view()).isSameAs(B);
        assertThat(r2.resolve("/posts/other/").view()).isSameAs(A);
    }

    @Test
    void laterRouteWinsWhenEarlierDoesNotMatchFully() {
        Resolver r = Resolver.compile(Routes.of(
                path("a/<int:id>/x/", A, "ax"),
                path("a/<str:s>/y/", B, "ay")));
        assertThat(r.resolve("/a/1/y/").view()).isSameAs(B);
        assertThat(r.resolve("/a/1/x/").view()).isSameAs(A);
    }

    @Test
    void includeAddsPrefixAndNamespace() {
        Routes blog = Routes.of(path("", A, "index"), path("<int:id>/", B, "detail"));
        Resolver r = Resolver.compile(Routes.of(include("blog/", blog, "blog"), include("api/v1/", Routes.of(path("ping/", A, "ping")))));
        assertThat(r.resolve("/blog/").name()).isEqualTo("blog:index");
        assertThat(r.resolve("/blog/7/").kwargs()).containsEntry("id", 7);
        assertThat(r.resolve("/api/v1/ping/").name()).isEqualTo("ping");
        assertThat(r.reverse("blog:detail", 7)).isEqualTo("/blog/7/");
        assertThat(r.reverse("ping")).isEqualTo("/api/v1/ping/");
    }

    @Test
    void nestedNamespacesJoinWithColons() {
        Routes inner = Routes.of(path("x/", A, "x"));
        Routes outer = Routes.of(include("in/", inner, "inner"));
        Resolver r = Resolver.compile(Routes.of(include("out/", outer, "outer")));
        assertThat(r.reverse("outer:inner:x")).isEqualTo("/out/in/x/");
    }

    @Test
    void reverseEncodesArgumentsAndAddsTheContextPath() {
        Resolver r = Resolver.compile(Routes.of(path("tag/<str:name>/", A, "tag")), Map.of(), "/blog");
        assertThat(r.reverse("tag", "café & co?")).isEqualTo("/blog/tag/caf%C3%A9%20&%20co%3F/");
        assertThatThrownBy(() -> r.reverse("tag", "a/b")).isInstanceOf(NoReverseMatch.class);
        assertThat(r.reverse("tag", Map.of("name", "x"))).isEqualTo("/blog/tag/x/");
    }

    @Test
    void reverseOfAnUnknownNameSuggestsNamespacedOnes() {
        Resolver r = Resolver.compile(Routes.of(include("b/", Routes.of(path("", A, "index")), "blog")));
        assertThatThrownBy(() -> r.reverse("index"))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("'index' is not a route name")
                .hasMessageContaining("blog:index");
    }

    @Test
    void reverseWithWrongArgumentsListsThePatternTried() {
        Resolver r = Resolver.compile(Routes.of(path("p/<int:year>/<slug:slug>/", A, "post")));
        assertThatThrownBy(() -> r.reverse("post", 2024))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("takes 2 argument(s): [year, slug]")
                .hasMessageContaining("p/<int:year>/<slug:slug>/");
        assertThatThrownBy(() -> r.reverse("post", "abc", "ok"))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("'abc' is not a valid <int:year>");
        assertThatThrownBy(() -> r.reverse("post", 2024, "not a slug"))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("<slug:slug>");
        assertThatThrownBy(() -> r.reverse("post", Map.of("year", 1)))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("[year, slug]");
    }

    @Test
    void duplicateNamesAreRejectedNamingBothRoutes() {
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("a/", A, "x"), path("b/", B, "x"))))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("'x' is used twice").hasMessageContaining("'a/'").hasMessageContaining("'b/'");
    }

    @Test
    void malformedPatternsFailAtCompileTimeWithTheFix() {
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("/a/", A, "a"))))
                .hasMessageContaining("starts with '/'").hasMessageContaining("Remove the slash");
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("a/<foo:x>/", A, "a"))))
                .hasMessageContaining("unknown converter 'foo'").hasMessageContaining("[int, path, slug, str, uuid]");
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("a/<int:x/", A, "a"))))
                .hasMessageContaining("'<' without '>'");
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("a/<int:x>/<str:x>/", A, "a"))))
                .hasMessageContaining("uses the name 'x' twice");
        assertThatThrownBy(() -> Resolver.compile(Routes.of(path("^a/$", A, "a"))))
                .hasMessageContaining("looks like a regular expression");
    }

    @Test
    void customConvertersAreUsedBothWays() {
        Converter<Integer> year = new Converter<>() {
            public String regex() {
                return "[0-9]{4}";
            }

            public Integer toJava(String value) {
                return Integer.valueOf(value);
            }

            public String toUrl(Integer value) {
                return String.format("%04d", value);
            }
        };
        Resolver r = Resolver.compile(Routes.of(path("y/<yyyy:year>/", A, "y")), Map.of("yyyy", year), "");
        assertThat(r.resolve("/y/0999/").kwargs()).containsEntry("year", 999);
        assertThat(r.resolve("/y/999/")).isNull();
        assertThat(r.reverse("y", 999)).isEqualTo("/y/0999/");
    }

    @Test
    void aThousandRoutesStillResolveEveryOneCorrectly() {
        List<Route> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            list.add(path("section" + i + "/<int:id>/", named("s" + i), "s" + i));
            list.add(path("page" + i + "/", named("p" + i), "p" + i));
        }
        Resolver r = Resolver.compile(Routes.of(list));
        for (int i = 0; i < 1000; i += 37) {
            assertThat(r.resolve("/section" + i + "/5/").name()).isEqualTo("s" + i);
            assertThat(r.resolve("/page" + i + "/").name()).isEqualTo("p" + i);
            assertThat(r.reverse("s" + i, 5)).isEqualTo("/section" + i + "/5/");
        }
        assertThat(r.resolve("/nothing/")).isNull();
    }

    @Test
    void routesListsEveryPatternInOrder() {
        Resolver r = Resolver.compile(Routes.of(path("a/", A, "a"), include("b/", Routes.of(path("c/", B)))));
        assertThat(r.routes()).extracting(Resolver.RouteInfo::pattern).containsExactly("a/", "b/c/");
        assertThat(r.routes().get(1).name()).isNull();
    }
}
