package dev.djakarta.db;

import static dev.djakarta.db.Aggregate.avg;
import static dev.djakarta.db.Aggregate.count;
import static dev.djakarta.db.Aggregate.max;
import static dev.djakarta.db.Aggregate.min;
import static dev.djakarta.db.Aggregate.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.Queries;
import dev.djakarta.testmodels.Author;
import dev.djakarta.testmodels.Category;
import dev.djakarta.testmodels.Comment;
import dev.djakarta.testmodels.Post;
import dev.djakarta.testmodels.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model layer's behaviour, run against each database (H2, PostgreSQL, MariaDB) by a subclass. Every test runs
 * in a transaction that is rolled back afterwards.
 */
abstract class QuerySetContract {
    Engine engine;
    Database db;
    Author ann;
    Author bob;
    Category news;
    Tag java;
    Tag web;
    Post first;
    Post second;
    Post third;

    @BeforeEach
    void data(Engine engine) {
        this.engine = engine;
        this.db = engine.database();
        ann = Author.objects().create(new Author("ann", "ann@example.com"));
        bob = Author.objects().create("username", "bob", "email", "BOB@example.com");
        news = db.manager(Category.class).create("title", "News");
        java = Tag.objects().create("name", "java");
        web = Tag.objects().create("name", "web");
        first = Post.objects().create("title", "Hello Java", "slug", "hello-java", "author", ann, "status", "PUBLISHED",
                "published", LocalDateTime.of(2024, 3, 15, 10, 0), "views", 10, "rating", 4.5, "category", news);
        second = Post.objects().create("title", "Web 100% done_right", "slug", "web", "author", bob, "status", Post.Status.PUBLISHED,
                "published", LocalDateTime.of(2025, 7, 1, 9, 30), "views", 30, "rating", 3.5, "body", "about the web");
        third = Post.objects().create("title", "Draft", "author", ann.getId(), "views", 5);
        first.getTags().add(java);
        first.getTags().add(web);
        second.getTags().add(web);
        db.manager(Comment.class).create("post", first, "name", "x", "body", "nice", "approved", true, "score", 3);
        db.manager(Comment.class).create("post", first, "name", "y", "body", "meh", "approved", false, "score", 1);
        db.manager(Comment.class).create("post", second, "name", "z", "body", "ok", "approved", true, "score", 2);
        db.session().flush();
        db.session().clear();
    }

    private static List<String> titles(QuerySet<Post> qs) {
        return qs.stream().map(Post::getTitle).toList();
    }

    // ---- lookups ----------------------------------------------------------------------------------------------

    @Test
    void exactAndIexact() {
        assertThat(titles(Post.objects().filter("title", "Draft"))).containsExactly("Draft");
        assertThat(titles(Post.objects().filter("title__exact", "draft"))).isEmpty();
        assertThat(titles(Post.objects().filter("title__iexact", "DRAFT"))).containsExactly("Draft");
        assertThat(titles(Post.objects().filter("slug", null))).containsExactly("Draft");
    }

    @Test
    void containsFamilyEscapesWildcards() {
        assertThat(titles(Post.objects().filter("title__contains", "Java"))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("title__contains", "java"))).isEmpty();
        assertThat(titles(Post.objects().filter("title__icontains", "JAVA"))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("title__contains", "100%"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("title__contains", "%"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("title__contains", "e_r"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("title__contains", "o_J"))).isEmpty();
        assertThat(titles(Post.objects().filter("title__startswith", "Hel"))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("title__istartswith", "hel"))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("title__endswith", "right"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("title__iendswith", "RIGHT"))).containsExactly("Web 100% done_right");
    }

    @Test
    void comparisonsRangeInAndIsnull() {
        QuerySet<Post> byViews = Post.objects().orderBy("views");
        assertThat(titles(byViews.filter("views__gt", 5))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(byViews.filter("views__gte", 10))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(byViews.filter("views__lt", 10))).containsExactly("Draft");
        assertThat(titles(byViews.filter("views__lte", 10))).containsExactly("Draft", "Hello Java");
        assertThat(titles(byViews.filter("views__range", List.of(6, 30)))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(byViews.filter("id__in", List.of(first.getId(), third.getId())))).containsExactly("Draft", "Hello Java");
        assertThat(titles(byViews.filter("id__in", List.of()))).isEmpty();
        assertThat(titles(byViews.filter("published__isnull", true))).containsExactly("Draft");
        assertThat(titles(byViews.filter("published__isnull", false))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(byViews.filter("status__in", List.of("DRAFT")))).containsExactly("Draft");
    }

    @Test
    void dateTransforms() {
        assertThat(titles(Post.objects().filter("published__year", 2024))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("published__month", 7))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("published__day", 15))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("published__year__gte", 2025))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("published__gte", "2025-01-01T00:00"))).containsExactly("Web 100% done_right");
    }

    @Test
    void relationSpansAndObjectValues() {
        assertThat(titles(Post.objects().filter("author__username", "bob"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("author", ann).orderBy("title"))).containsExactly("Draft", "Hello Java");
        assertThat(titles(Post.objects().filter("author", ann.getId()).orderBy("title"))).containsExactly("Draft", "Hello Java");
        assertThat(titles(Post.objects().filter("author__email__iexact", "bob@EXAMPLE.com"))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter("category__isnull", true).orderBy("title"))).containsExactly("Draft", "Web 100% done_right");
        assertThat(titles(Post.objects().filter("tags__name", "web").orderBy("title"))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(Post.objects().filter("tags", java))).containsExactly("Hello Java");
        assertThat(titles(Post.objects().filter("tags__isnull", true))).containsExactly("Draft");
        assertThat(titles(Post.objects().filter("comments__approved", false))).containsExactly("Hello Java");
        assertThat(Author.objects().filter("username__in", List.of("ann", "bob")).count()).isEqualTo(2);
    }

    @Test
    void qObjectsCombineWithAndOrNot() {
        Q javaOrWeb = Q.of("title__icontains", "java").or(Q.of("body__icontains", "web"));
        assertThat(titles(Post.objects().filter(javaOrWeb).orderBy("title"))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(Post.objects().filter(javaOrWeb.and(Q.of("views__gt", 20))))).containsExactly("Web 100% done_right");
        assertThat(titles(Post.objects().filter(Q.of("status", "PUBLISHED").not()))).containsExactly("Draft");
    }

    @Test
    void excludeKeepsRowsWhereTheFieldIsNull() {
        assertThat(titles(Post.objects().exclude("slug", "web").orderBy("title"))).containsExactly("Draft", "Hello Java");
        assertThat(titles(Post.objects().exclude("tags__name", "java").orderBy("title"))).containsExactly("Draft", "Web 100% done_right");
        assertThat(titles(Post.objects().filter("status", "PUBLISHED").exclude("author__username", "ann"))).containsExactly("Web 100% done_right");
    }

    // ---- ordering, slicing, single objects --------------------------------------------------------------------

    @Test
    void orderingAscendingDescendingAndAcrossRelations() {
        assertThat(titles(Post.objects().orderBy("-views"))).containsExactly("Web 100% done_right", "Hello Java", "Draft");
        assertThat(titles(Post.objects().orderBy("author__username", "-views"))).containsExactly("Hello Java", "Draft", "Web 100% done_right");
        assertThat(Tag.objects().all().list()).extracting(Tag::getName).containsExactly("java", "web");
        assertThat(Tag.objects().orderBy("-name").list()).extracting(Tag::getName).containsExactly("web", "java");
        assertThat(titles(Post.objects().orderBy("views").reverse())).containsExactly("Web 100% done_right", "Hello Java", "Draft");
    }

    @Test
    void slicingIsLimitAndOffset() {
        QuerySet<Post> byViews = Post.objects().orderBy("views");
        assertThat(titles(byViews.limit(2))).containsExactly("Draft", "Hello Java");
        assertThat(titles(byViews.offset(1))).containsExactly("Hello Java", "Web 100% done_right");
        assertThat(titles(byViews.slice(1, 2))).containsExactly("Hello Java");
        assertThat(byViews.slice(1, 3).count()).isEqualTo(2);
        assertThat(byViews.slice(5, 10).list()).isEmpty();
    }

    @Test
    void getFirstLastExistsCount() {
        assertThat(Post.objects().get("slug", "web").getTitle()).isEqualTo("Web 100% done_right");
        assertThat(Post.objects().get("pk", String.valueOf(third.getId())).getTitle()).isEqualTo("Draft");
        assertThatThrownBy(() -> Post.objects().get("slug", "nope")).isInstanceOf(ObjectDoesNotExist.class)
                .hasMessage("Post matching query does not exist.");
        assertThatThrownBy(() -> Post.objects().get("author", ann)).isInstanceOf(MultipleObjectsReturned.class)
                .hasMessage("get() returned more than one Post -- it returned 2!");
        assertThat(Post.objects().first().getTitle()).isEqualTo("Hello Java");
        assertThat(Post.objects().last().getTitle()).isEqualTo("Draft");
        assertThat(Post.objects().orderBy("-views").first().getTitle()).isEqualTo("Web 100% done_right");
        assertThat(Post.objects().filter("views__gt", 1000).first()).isNull();
        assertThat(Post.objects().filter("views__gt", 20).exists()).isTrue();
        assertThat(Post.objects().filter("views__gt", 1000).exists()).isFalse();
        assertThat(Post.objects().count()).isEqualTo(3);
        assertThat(Post.objects().none().count()).isZero();
    }

    @Test
    void querySetsAreLazyImmutableAndCached() {
        QuerySet<Post> all = Post.objects().all();
        Queries.assertNumQueries(db, 0, () -> all.filter("views__gt", 1).orderBy("title").exclude("slug", "x"));
        QuerySet<Post> filtered = all.filter("views__gt", 20);
        assertThat(all.count()).isEqualTo(3);
        assertThat(filtered.count()).isEqualTo(1);
        Queries.assertNumQueries(db, 1, () -> {
            filtered.list();
            filtered.list();
            filtered.count();
        });
    }

    // ---- related objects --------------------------------------------------------------------------------------

    @Test
    void selectRelatedFetchesInTheSameQuery() {
        Queries.assertNumQueries(db, 1, () -> {
            for (Post p : Post.objects().all().selectRelated("author", "category")) {
                p.getAuthor().getUsername();
            }
        });
        // without it: one query for the posts, then one per distinct author (ann, bob)
        Queries.assertNumQueries(db, 3, () -> {
            db.session().clear();
            for (Post p : Post.objects().all()) {
                p.getAuthor().getUsername();
            }
        });
    }

    @Test
    void prefetchRelatedIsOneQueryPerRelation() {
        db.session().clear();
        Queries.assertNumQueries(db, 3, () -> {
            for (Post p : Post.objects().all().prefetchRelated("tags", "comments")) {
                p.getTags().size();
                p.getComments().size();
            }
        });
    }

    @Test
    void valuesAndValuesList() {
        List<Map<String, Object>> rows = Post.objects().filter("status", "PUBLISHED").orderBy("views").values("title", "author__username");
        assertThat(rows).containsExactly(Map.of("title", "Hello Java", "author__username", "ann"),
                Map.of("title", "Web 100% done_right", "author__username", "bob"));
        assertThat(Post.objects().orderBy("views").valuesListFlat("views")).containsExactly(5, 10, 30);
        assertThat(Post.objects().orderBy("views").valuesList("title", "views").get(0)).containsExactly("Draft", 5);
        assertThat(Post.objects().filter("id", first.getId()).values().get(0)).containsEntry("title", "Hello Java").containsKey("author");
    }

    @Test
    void aggregates() {
        Map<String, Object> a = Post.objects().all().aggregate(count("id"), sum("views"), avg("views"), min("views"), max("views").as("most"));
        assertThat(((Number) a.get("id__count")).longValue()).isEqualTo(3);
        assertThat(((Number) a.get("views__sum")).longValue()).isEqualTo(45);
        assertThat(((Number) a.get("views__avg")).doubleValue()).isEqualTo(15.0);
        assertThat(((Number) a.get("views__min")).intValue()).isEqualTo(5);
        assertThat(((Number) a.get("most")).intValue()).isEqualTo(30);
        assertThat(((Number) Post.objects().filter("author__username", "ann").aggregate(sum("views")).get("views__sum")).intValue()).isEqualTo(15);
        assertThat(((Number) Post.objects().all().aggregate(count("comments")).get("comments__count")).longValue()).isEqualTo(3);
    }

    @Test
    void annotateCountsRelatedRowsAndCanBeOrderedAndFiltered() {
        List<Row<Post>> rows = Post.objects().all().annotate(count("comments").as("num_comments")).orderBy("-num_comments", "title").annotated();
        assertThat(rows).extracting(r -> r.object().getTitle() + "=" + r.getLong("num_comments"))
                .containsExactly("Hello Java=2", "Web 100% done_right=1", "Draft=0");
        assertThat(titles(Post.objects().all().annotate(count("comments").as("n")).filter("n__gte", 1).orderBy("title")))
                .containsExactly("Hello Java", "Web 100% done_right");
        List<Row<Post>> scores = Post.objects().filter("id", first.getId()).annotate(sum("comments__score")).annotated();
        assertThat(scores.get(0).getLong("comments__score__sum")).isEqualTo(4);
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    @Test
    void bulkUpdateAndDelete() {
        assertThat(Post.objects().filter("author", ann).update("views", 99)).isEqualTo(2);
        assertThat(Post.objects().filter("views", 99).count()).isEqualTo(2);
        Post loaded = Post.objects().get("id", first.getId());
        assertThat(Post.objects().filter("id", first.getId()).update("title", "Renamed")).isEqualTo(1);
        assertThat(loaded.getTitle()).isEqualTo("Renamed");
        assertThat(Post.objects().filter("title", "Draft").delete()).isEqualTo(1);
        assertThat(Post.objects().count()).isEqualTo(2);
        assertThatThrownBy(() -> Post.objects().all().update("id", 5)).isInstanceOf(FieldError.class).hasMessageContaining("primary key");
    }

    @Test
    void getOrCreateAndUpdateOrCreate() {
        Manager.Created<Tag> existing = Tag.objects().getOrCreate(Map.of("name", "java"), Map.of());
        assertThat(existing.created()).isFalse();
        assertThat(existing.object().getId()).isEqualTo(java.getId());
        Manager.Created<Tag> made = Tag.objects().getOrCreate(Map.of("name", "kotlin"), Map.of());
        assertThat(made.created()).isTrue();
        assertThat(Tag.objects().count()).isEqualTo(3);
        Manager.Created<Author> updated = Author.objects().updateOrCreate(Map.of("username", "ann"), Map.of("email", "new@example.com"));
        assertThat(updated.created()).isFalse();
        assertThat(Author.objects().get("username", "ann").getEmail()).isEqualTo("new@example.com");
        assertThat(Author.objects().updateOrCreate(Map.of("username", "cat"), Map.of("email", "c@example.com")).created()).isTrue();
    }

    @Test
    void bulkCreateInsertsAll() {
        List<Tag> tags = Tag.objects().bulkCreate(List.of(new Tag("a"), new Tag("b"), new Tag("c")));
        assertThat(tags).allSatisfy(t -> assertThat(t.getId()).isNotNull());
        assertThat(Tag.objects().count()).isEqualTo(5);
    }

    @Test
    void bulkUpdateWritesTheChangedObjectsInBatchesAndSaveWritesAtOnce() {
        db.atomic(() -> {
            Post a = Post.objects().get("id", first.getId());
            Post b = Post.objects().get("id", second.getId());
            a.setTitle("First, renamed");
            b.setTitle("Second, renamed");
            List<String> sent = db.captureQueries(() -> assertThat(Post.objects().bulkUpdate(List.of(a, b), "title")).isEqualTo(2));
            assertThat(sent).anyMatch(sql -> sql.regionMatches(true, 0, "update", 0, 6)).noneMatch(sql -> sql.regionMatches(true, 0, "select", 0, 6));
        });
        db.session().clear();
        assertThat(titles(Post.objects().filter("title__endswith", ", renamed").orderBy("title"))).containsExactly("First, renamed", "Second, renamed");
        assertThatThrownBy(() -> Post.objects().bulkUpdate(List.of(first), "nope")).isInstanceOf(FieldError.class);
    }

    @Test
    void aSaveThatBreaksAConstraintFailsAtTheSaveAsInDjango() {
        assertThatThrownBy(() -> db.atomic(() -> {
            Author a = Author.objects().get("id", ann.getId());
            Author.objects().assign(a, Map.of("username", "bob"));
            try {
                Author.objects().save(a);
            } catch (RuntimeException expected) {
                throw new IllegalStateException("raised by save()", expected);
            }
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("raised by save()");
        assertThat(Author.objects().get("id", ann.getId()).getUsername()).isEqualTo("ann");
    }

    @Test
    void nestedAtomicBlocksRollBackToTheirSavepoint() {
        db.atomic(() -> {
            Tag.objects().create("name", "outer");
            assertThatThrownBy(() -> db.atomic(() -> {
                Tag.objects().create("name", "inner");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            Tag.objects().create("name", "after");
        });
        assertThat(Tag.objects().all().list()).extracting(Tag::getName).containsExactly("after", "java", "outer", "web");
    }

    // ---- errors -----------------------------------------------------------------------------------------------

    @Test
    void unknownFieldsAndLookupsNameTheModelAndTheChoices() {
        assertThatThrownBy(() -> Post.objects().filter("titel__icontains", "x").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unknown field 'titel' on Post").hasMessageContaining("Fields: id, title, slug, body, status");
        assertThatThrownBy(() -> Post.objects().filter("title__like", "x").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unsupported lookup 'like'").hasMessageContaining("icontains");
        assertThatThrownBy(() -> Post.objects().filter("author__nick", "x").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unknown field 'nick' on Author");
        assertThatThrownBy(() -> Post.objects().orderBy("-nope").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Unknown field 'nope' on Post");
    }

    @Test
    void wrongValueTypesAreFieldErrorsNotSqlErrors() {
        assertThatThrownBy(() -> Post.objects().filter("views", "abc").list()).isInstanceOf(FieldError.class)
                .hasMessage("Field 'views' of Post expected a number but got 'abc'.");
        assertThatThrownBy(() -> Post.objects().filter("status", "ARCHIVED").list()).isInstanceOf(FieldError.class)
                .hasMessageContaining("one of [DRAFT, PUBLISHED]");
        assertThatThrownBy(() -> Post.objects().filter("published__year", "20x4").list()).isInstanceOf(FieldError.class);
        assertThat(titles(Post.objects().filter("views", "30"))).containsExactly("Web 100% done_right");
    }

    @Test
    void valuesNeverBecomeSql() {
        assertThat(Post.objects().filter("title", "x' OR '1'='1").count()).isZero();
        assertThat(Post.objects().filter("title__icontains", "') OR 1=1 --").count()).isZero();
    }

    // ---- through the request cycle ----------------------------------------------------------------------------

    @Test
    void badQueryInputFromARequestIsA400(Client client) {
        assertThat(client.get("/posts/?o=-nope").status()).isEqualTo(400);
        assertThat(client.get("/posts/?o=-title&q=e").json().toString()).isEqualTo("[\"Web 100% done_right\",\"Hello Java\"]");
        assertThat(client.get("/posts/99999/").status()).isEqualTo(404);
        assertThat(client.get("/posts/" + first.getId() + "/").json().get("author").asText()).isEqualTo("ann");
    }

    @Test
    void templatesAndViewsCanWalkLazyRelationsDuringTheRequest(Client client) {
        assertThat(client.get("/lazy/" + first.getId() + "/").text()).isEqualTo("ann:2");
    }

    @Test
    void listViewRendersAPageOfObjectsAndRefusesBadPages(Client client) {
        dev.djakarta.test.TestResponse r = client.get("/list/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("blog/post_list.html");
        assertThat(r.text()).contains("<li>Draft</li>", "<li>Hello Java</li>", "page 1 of 2").doesNotContain("Web 100%");
        assertThat(client.get("/list/?page=2").text()).contains("<li>Web 100% done_right</li>", "page 2 of 2");
        assertThat(client.get("/list/?page=3").status()).isEqualTo(404);
        assertThat(client.get("/list/?page=abc").status()).isEqualTo(404);
    }

    @Test
    void detailViewFindsByPkOrSlugAndWalksLazyRelations(Client client) {
        dev.djakarta.test.TestResponse r = client.get("/detail/" + first.getId() + "/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<h1>Hello Java</h1>", "<p>ann</p>");
        assertThat(client.get("/by-slug/web/").text()).contains("<h1>Web 100% done_right</h1>");
        assertThat(client.get("/detail/999999/").status()).isEqualTo(404);
        assertThat(client.get("/by-slug/nope/").status()).isEqualTo(404);
    }

    @Test
    void paginatorPagesAQuerySet() {
        Paginator<Post> pages = new Paginator<>(Post.objects().orderBy("views"), 2);
        assertThat(pages.count()).isEqualTo(3);
        assertThat(pages.numPages()).isEqualTo(2);
        Page<Post> p2 = pages.page("2");
        assertThat(p2.objectList()).extracting(Post::getTitle).containsExactly("Web 100% done_right");
        assertThat(p2.hasPrevious()).isTrue();
        assertThat(p2.hasNext()).isFalse();
        assertThat(p2.startIndex()).isEqualTo(3);
        assertThat(new Paginator<>(Post.objects().orderBy("views"), 2, 1).numPages()).isEqualTo(1);
        assertThatThrownBy(() -> pages.page("3")).isInstanceOf(dev.djakarta.http.Http404.class);
        assertThatThrownBy(() -> pages.page("x")).isInstanceOf(dev.djakarta.http.Http404.class);
        assertThat(pages.page("last").number()).isEqualTo(2);
    }
}
