package dev.djakarta.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.http.Params;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testmodels.Author;
import dev.djakarta.testmodels.ModelsSite;
import dev.djakarta.testmodels.Post;
import dev.djakarta.testmodels.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SiteTest(value = ModelsSite.class, settings = {"DEBUG=false", "SECRET_KEY=model-forms", "DATABASE_URL=h2:mem:"})
class ModelFormTest {
    Author ann;
    Tag java;
    Tag web;

    @BeforeEach
    void data() {
        ann = Author.objects().create(new Author("ann", "ann@example.com"));
        java = Tag.objects().create("name", "java");
        web = Tag.objects().create("name", "web");
    }

    private static Params data(Object... pairs) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            map.put((String) pairs[i], v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(v)));
        }
        return Params.of(map);
    }

    @Test
    void fieldsComeFromTheMapping() {
        ModelForm<Post> form = ModelForm.of(Post.class, "title", "slug", "status", "author", "tags", "views");
        Map<String, BoundField> byName = new java.util.HashMap<>();
        form.fields().forEach(b -> byName.put(b.name(), b));
        assertThat(byName.get("title").inputType()).isEqualTo("text");
        assertThat(byName.get("title").maxLength()).isEqualTo(200);
        assertThat(byName.get("title").required()).isTrue();
        assertThat(byName.get("slug").required()).isFalse();
        assertThat(byName.get("status").choices()).extracting(BoundField.Option::value).contains("DRAFT", "PUBLISHED");
        assertThat(byName.get("author").choices()).extracting(BoundField.Option::label).contains("ann");
        assertThat(byName.get("tags").choices()).extracting(BoundField.Option::label).contains("java", "web");
        assertThat(byName.get("tags").required()).isFalse();
        assertThat(byName.get("views").inputType()).isEqualTo("number");
        assertThat(byName.get("views").required()).isTrue();
    }

    @Test
    void aValidFormCreatesAndThenUpdatesTheObject() {
        ModelForm<Post> form = ModelForm.of(Post.class, "title", "status", "author", "tags", "views")
                .bind(data("title", "Hi", "status", "PUBLISHED", "author", ann.getId(), "tags", List.of(java.getId(), web.getId()), "views", 7));
        assertThat(form.errors()).isEmpty();
        Post saved = form.save();
        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getStatus()).isEqualTo(Post.Status.PUBLISHED);
        assertThat(saved.getTags()).extracting(Tag::getName).containsExactlyInAnyOrder("java", "web");
        assertThat(saved.getAuthor().getUsername()).isEqualTo("ann");

        ModelForm<Post> edit = ModelForm.of(Post.class, "title", "tags").instance(saved);
        assertThat(edit.fields().get(0).value()).isEqualTo("Hi");
        ModelForm<Post> bound = ModelForm.of(Post.class, "title", "tags").instance(saved).bind(data("title", "Renamed", "tags", List.of(java.getId())));
        Post updated = bound.save();
        assertThat(updated.getId()).isEqualTo(saved.getId());
        assertThat(Post.objects().get("pk", saved.getId()).getTitle()).isEqualTo("Renamed");
        assertThat(Post.objects().get("pk", saved.getId()).getTags()).extracting(Tag::getName).containsExactly("java");
    }

    @Test
    void aLazilyLoadedForeignKeyShowsItsPrimaryKeyAsTheSelectedChoice() {
        Post saved = Post.objects().create("title", "Lazy", "author", ann);
        var db = dev.djakarta.db.Database.forModel(Post.class);
        db.session().flush();
        db.session().clear();
        Post loaded = Post.objects().get("pk", saved.getId());   // its author is an uninitialized Hibernate proxy
        ModelForm<Post> edit = ModelForm.of(Post.class, "title", "author").instance(loaded);
        BoundField author = edit.fields().get(1);
        assertThat(author.value()).isEqualTo(String.valueOf(ann.getId()));
        assertThat(author.choices()).extracting(BoundField.Option::value).contains(String.valueOf(ann.getId())).doesNotContain("null");
        assertThat(dev.djakarta.db.Database.forModel(Author.class).meta(Author.class).pkValue(loaded.getAuthor())).isEqualTo(ann.getId());
    }

    @Test
    void badInputBecomesFieldErrors() {
        ModelForm<Post> form = ModelForm.of(Post.class, "title", "status", "author", "views")
                .bind(data("title", "x".repeat(201), "status", "ARCHIVED", "author", "999999", "views", "many"));
        assertThat(form.isValid()).isFalse();
        assertThat(form.errors("title")).containsExactly("Ensure this value has at most 200 characters (it has 201).");
        assertThat(form.errors("status").get(0)).contains("Select a valid choice.");
        assertThat(form.errors("author").get(0)).contains("Select a valid choice.");
        assertThat(form.errors("views")).isNotEmpty();
        assertThat(ModelForm.of(Post.class, "title", "author").bind(data("author", "x")).errors("title"))
                .containsExactly("This field is required.");
    }

    @Test
    void anInvalidEditLeavesTheLoadedObjectUntouched() {
        Author bob = Author.objects().create(new Author("bob", "bob@example.com"));
        ModelForm<Author> form = ModelForm.of(Author.class, "username", "email").instance(bob)
                .bind(data("username", "robert", "email", "not-an-email"));
        assertThat(form.isValid()).isFalse();
        assertThat(bob.getUsername()).isEqualTo("bob");
        assertThat(bob.getEmail()).isEqualTo("bob@example.com");
        dev.djakarta.db.Database.forModel(Author.class).session().flush();
        dev.djakarta.db.Database.forModel(Author.class).session().clear();
        assertThat(Author.objects().get("pk", bob.getId()).getUsername()).isEqualTo("bob");
    }

    @Test
    void uniqueColumnsAreCheckedWithAFieldErrorNotADatabaseError() {
        ModelForm<Tag> duplicate = ModelForm.of(Tag.class, "name").bind(data("name", "java"));
        assertThat(duplicate.errors("name")).containsExactly("Tag with this Name already exists.");
        ModelForm<Tag> sameObject = ModelForm.of(Tag.class, "name").instance(java).bind(data("name", "java"));
        assertThat(sameObject.isValid()).isTrue();
    }

    @Test
    void beanValidationConstraintsBecomeFieldErrors() {
        ModelForm<Author> form = ModelForm.of(Author.class, "username", "email").bind(data("username", "bob", "email", "not-an-email"));
        assertThat(form.isValid()).isFalse();
        assertThat(form.errors("email").get(0)).containsIgnoringCase("well-formed email");
    }

    @Test
    void createUpdateAndDeleteViewsFollowPostRedirectGet(Client client) {
        TestResponse page = client.get("/new/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.templateName()).isEqualTo("blog/post_form.html");
        assertThat(page.text()).contains("name=\"title\"", "maxlength=\"200\"");

        TestResponse invalid = client.post("/new/", Map.of("title", "", "author", String.valueOf(ann.getId()), "views", "1"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.text()).contains("This field is required.", "aria-invalid=\"true\"");
        assertThat(Post.objects().count()).isZero();

        TestResponse created = client.post("/new/", Client.form("title", "From the view", "status", "DRAFT", "author",
                String.valueOf(ann.getId()), "tags", String.valueOf(web.getId()), "views", "3"));
        assertThat(created.status()).isEqualTo(302);
        Post post = Post.objects().get("title", "From the view");
        assertThat(created.location()).isEqualTo("/detail/" + post.getId() + "/");

        TestResponse edited = client.post("/edit/" + post.getId() + "/", Map.of("title", "Edited", "views", "4"));
        assertThat(edited.status()).isEqualTo(302);
        assertThat(Post.objects().get("pk", post.getId()).getTitle()).isEqualTo("Edited");
        assertThat(client.get("/edit/999999/").status()).isEqualTo(404);

        assertThat(client.get("/delete/" + post.getId() + "/").text()).contains("Delete Edited?");
        TestResponse deleted = client.post("/delete/" + post.getId() + "/", Map.of());
        assertThat(deleted.location()).isEqualTo("/list/");
        assertThat(Post.objects().filter("pk", post.getId()).exists()).isFalse();
    }

    @Test
    void anAutocompleteRelationIsASearchBoxCheckedWithOneQuery() {
        ModelForm<Post> form = ModelForm.of(Post.class, "title", "status", "author").autocomplete("author", "/search/authors/");
        BoundField author = form.field("author");
        assertThat(author.widget()).isEqualTo("autocomplete_widget");
        assertThat(author.autocompleteUrl()).isEqualTo("/search/authors/");
        assertThat(author.choices()).as("no candidates are loaded for a search box").isEmpty();

        form.bind(data("title", "Hi", "status", "PUBLISHED", "author", ann.getId()));
        assertThat(form.isValid()).as(form.errors().toString()).isTrue();
        assertThat(form.field("author").valueLabel()).isEqualTo(ann.toString());
        assertThat(form.save().getAuthor().getId()).isEqualTo(ann.getId());

        ModelForm<Post> bad = ModelForm.of(Post.class, "title", "status", "author").autocomplete("author", "/a/")
                .bind(data("title", "Hi", "status", "PUBLISHED", "author", "not-a-key"));
        assertThat(bad.errors("author").get(0)).startsWith("Select a valid choice.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelForm.of(Post.class, "title", "tags").autocomplete("tags", "/t/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a many-to-one relation");
    }
}
