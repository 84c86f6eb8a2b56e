package dev.djakarta.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.auth.Auth;
import dev.djakarta.auth.User;
import dev.djakarta.db.Database;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.SiteTest;
import dev.djakarta.test.TestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Editing a post in the admin as a browser would: the change form, sent back with one field changed, saves only that. */
@SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=blog-test-key-blog-test-key-blog-test-key-blog-test-key",
        "PASSWORD_HASH_ITERATIONS=1000", "TIME_ZONE=Europe/Paris"})
class AdminPostEditTest {
    @Test
    void theChangeFormSentBackWithANewTitleKeepsAuthorCategoryTagsAndPublicationTime(Engine engine) {
        BlogData data = BlogData.create(1);
        Post post = data.newest();
        post.setExcerpt("One post.");   // the admin requires an excerpt (a NOT NULL column), though the blog treats "" as none
        User root = new User("root", "root@example.com");
        root.setStaff(true);
        root.setSuperuser(true);
        Auth.setPassword(engine, root, "correct horse battery");
        User.objects().create(root);
        Database db = Database.forModel(Post.class);
        db.session().flush();
        db.session().clear();   // the admin loads the post afresh: its author and category are lazy references

        Client client = new Client(engine);
        assertThat(client.post("/admin/login/", Map.of("username", "root", "password", "correct horse battery", "next", "/admin/"))
                .status()).isEqualTo(302);
        String url = "/admin/blog/post/" + post.getId() + "/change/";
        Map<String, List<String>> form = fields(client.get(url).text());
        assertThat(form.get("author")).containsExactly(String.valueOf(data.author.getId()));
        assertThat(form.get("category")).containsExactly(String.valueOf(post.getCategory().getId()));
        assertThat(form.get("publishedAt")).containsExactly("2024-01-01T13:00");   // 12:00 UTC shown in TIME_ZONE

        form.put("title", List.of("Renamed"));
        form.put("_save", List.of("1"));
        TestResponse saved = client.post(url, form);

        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        db.session().clear();
        Post after = Post.objects().all().selectRelated("author", "category").get("pk", post.getId());
        assertThat(after.getTitle()).isEqualTo("Renamed");
        assertThat(after.getAuthor().getUsername()).isEqualTo("ada");
        assertThat(after.getCategory().getSlug()).isEqualTo(post.getCategory().getSlug());
        assertThat(after.getPublishedAt()).isEqualTo(BlogData.FIRST);
        assertThat(after.getTags()).extracting(Tag::getSlug).containsExactly("java");
    }

    /** The values a browser submits from the change form: inputs, textareas and the selected options. */
    private static Map<String, List<String>> fields(String html) {
        String form = html.substring(html.lastIndexOf("<form", html.indexOf("name=\"_original\"")));
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input([^>]*)>").matcher(form);
        while (input.find()) {
            Matcher name = Pattern.compile("\\sname=\"([^\"]+)\"").matcher(input.group(1));
            Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group(1));
            if (name.find()) {
                out.computeIfAbsent(name.group(1), k -> new ArrayList<>()).add(value.find() ? unescape(value.group(1)) : "");
            }
        }
        Matcher textarea = Pattern.compile("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>\\n?(.*?)</textarea>", Pattern.DOTALL).matcher(form);
        while (textarea.find()) {
            out.computeIfAbsent(textarea.group(1), k -> new ArrayList<>()).add(unescape(textarea.group(2)));
        }
        Matcher select = Pattern.compile("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            List<String> values = out.computeIfAbsent(select.group(1), k -> new ArrayList<>());
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"").matcher(select.group(2));
            while (option.find()) {
                values.add(option.group(1));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
