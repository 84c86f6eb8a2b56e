package dev.djakarta.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.test.Client;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TEMPLATE_CONTEXT_PROCESSORS: the defaults, a project's own, ordering against the view's context, start-up errors. */
class ContextProcessorsTest {
    private static Client client(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.putAll(extra);
        return Client.of(new TemplateSite(), settings);
    }

    @Test
    void requestProcessorGivesTemplatesTheRequest() {
        assertThat(client(Map.of()).get("/processors/").text()).contains("<li id=\"path\">/processors/</li>");
    }

    @Test
    void staticProcessorGivesTheStaticUrl() {
        assertThat(client(Map.of("STATIC_URL", "/assets/")).get("/urls/").text()).contains("<li id=\"static-url\">/assets/</li>");
    }

    @Test
    void debugIsSetOnlyForInternalAddressesOnADebugSite() {
        Map<String, String> debug = new HashMap<>(TestSite.debug());
        debug.put("INTERNAL_IPS", "127.0.0.1");
        Client client = Client.of(new TemplateSite(), debug);

        assertThat(client.get("/processors/").text()).contains("<li id=\"debug\">true</li>");
        assertThat(client.request("GET", "/processors/").remoteAddr("203.0.113.9").send().text()).contains("<li id=\"debug\">off</li>");
        assertThat(client(Map.of("INTERNAL_IPS", "127.0.0.1")).get("/processors/").text()).contains("<li id=\"debug\">off</li>");
    }

    @Test
    void projectProcessorListedInTheSettingAddsItsVariables() {
        Client client = client(Map.of("TEMPLATE_CONTEXT_PROCESSORS", RequestContextProcessor.class.getName() + ","
                + TemplateSite.SiteNameProcessor.class.getName()));

        assertThat(client.get("/processors/").text()).contains("<li id=\"site\">Test site</li>");
    }

    @Test
    void viewContextWinsOverAProcessorOnTheSameName() {
        Client client = client(Map.of("TEMPLATE_CONTEXT_PROCESSORS", RequestContextProcessor.class.getName() + ","
                + TemplateSite.SiteNameProcessor.class.getName()));

        assertThat(client.get("/processors/").text()).contains("<li id=\"clash\">from the view</li>");
    }

    @Test
    void emptySettingRunsNoProcessors() {
        Client client = client(Map.of("TEMPLATE_CONTEXT_PROCESSORS", ""));

        assertThat(client.get("/greet/").context()).containsOnlyKeys("name");
    }

    @Test
    void unknownProcessorClassStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> client(Map.of("TEMPLATE_CONTEXT_PROCESSORS", "com.example.Nope")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("TEMPLATE_CONTEXT_PROCESSORS").hasMessageContaining("com.example.Nope was not found");
    }

    @Test
    void classThatIsNotAProcessorStopsStartUp() {
        assertThatThrownBy(() -> client(Map.of("TEMPLATE_CONTEXT_PROCESSORS", "java.lang.String")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("does not implement dev.djakarta.templates.ContextProcessor");
    }
}
