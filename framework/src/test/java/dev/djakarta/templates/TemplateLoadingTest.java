package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where templates come from (TEMPLATE_DIRS before the classpath), caching by DEBUG, and errors that say where we looked. */
class TemplateLoadingTest {
    @TempDir
    Path dir;

    private Client client(boolean debug, Path templateDir) {
        Map<String, String> settings = new HashMap<>(debug ? TestSite.debug() : TestSite.production());
        if (templateDir != null) {
            settings.put("TEMPLATE_DIRS", templateDir.toString());
        }
        return Client.of(new TemplateSite(), settings);
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void projectTemplateDirectoryOverridesTheAppTemplateOfTheSameName() throws IOException {
        write("testsite/greeting.html", "<p th:text=\"|Project says hi, ${name}|\">x</p>");

        assertThat(client(false, dir).get("/greet/?name=Ada").text()).isEqualTo("<p>Project says hi, Ada</p>");
    }

    @Test
    void templatesNotInTheProjectDirectoryStillComeFromTheClasspath() throws IOException {
        write("testsite/other.html", "<p>unrelated</p>");

        assertThat(client(false, dir).get("/greet/?name=Ada").text()).contains("Hello, Ada!");
    }

    @Test
    void withDebugOnAnEditedTemplateShowsOnTheNextRequest() throws IOException {
        write("testsite/greeting.html", "<p>first version</p>");
        Client client = client(true, dir);
        assertThat(client.get("/greet/").text()).isEqualTo("<p>first version</p>");

        write("testsite/greeting.html", "<p>second version</p>");

        assertThat(client.get("/greet/").text()).isEqualTo("<p>second version</p>");
    }

    @Test
    void withDebugOffTemplatesAreCachedAfterTheFirstRender() throws IOException {
        write("testsite/greeting.html", "<p>first version</p>");
        Client client = client(false, dir);
        assertThat(client.get("/greet/").text()).isEqualTo("<p>first version</p>");

        write("testsite/greeting.html", "<p>second version</p>");

        assertThat(client.get("/greet/").text()).isEqualTo("<p>first version</p>");
    }

    @Test
    void missingTemplateIsAServerErrorThatSaysWhereItLooked() {
        TestResponse r = client(false, dir).get("/missing/");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.response().exception()).isInstanceOf(TemplateDoesNotExist.class)
                .hasMessageContaining("Template 'testsite/no_such_page.html' does not exist")
                .hasMessageContaining(dir.resolve("testsite/no_such_page.html") + " (TEMPLATE_DIRS)")
                .hasMessageContaining("templates/testsite/no_such_page.html on the classpath");
        assertThat(r.text()).doesNotContain("no_such_page");
    }

    @Test
    void missingFragmentNamesTheTemplateThatUsedIt() {
        TestResponse r = client(false, null).get("/missing-fragment/");

        assertThat(r.status()).isEqualTo(500);
        assertThat(((TemplateDoesNotExist) r.response().exception()).templateName()).isEqualTo("testsite/not_there.html");
        assertThat(r.response().exception()).hasMessageContaining("used by template 'testsite/missing_fragment.html'");
    }

    @Test
    void debugPageShowsWhichTemplateIsMissing() {
        TestResponse r = client(true, null).get("/missing/");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("TemplateDoesNotExist", "testsite/no_such_page.html");
    }

    @Test
    void templateNamesThatLeaveTheTemplateFoldersAreRefused() {
        Templates templates = client(false, dir).engine().templates();

        assertThatThrownBy(() -> templates.render(null, "../settings.properties", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without '..'");
        assertThatThrownBy(() -> templates.render(null, "/etc/passwd", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> templates.render(null, "a/../../b.html", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void existsLooksInTheProjectDirectoryAndOnTheClasspath() throws IOException {
        write("project_only.html", "<p>x</p>");
        Templates templates = client(false, dir).engine().templates();

        assertThat(templates.exists("project_only.html")).isTrue();
        assertThat(templates.exists("testsite/base.html")).isTrue();
        assertThat(templates.exists("testsite/nope.html")).isFalse();
    }

    @Test
    void templateDirectoryThatDoesNotExistStopsStartUpNamingTheSetting() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> client(false, missing))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("TEMPLATE_DIRS").hasMessageContaining("is not a directory");
    }

    @Test
    void unknownTimeZoneStopsStartUpNamingTheSetting() {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("TIME_ZONE", "Mars/Olympus_Mons");

        assertThatThrownBy(() -> Client.of(new TemplateSite(), settings))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("TIME_ZONE").hasMessageContaining("Europe/Paris");
    }
}
