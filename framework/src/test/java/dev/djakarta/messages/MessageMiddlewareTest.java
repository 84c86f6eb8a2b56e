package dev.djakarta.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Installing (or not) the middleware, and its settings. */
class MessageMiddlewareTest {
    private static Client client(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.putAll(extra);
        return Client.of(new MessageSite(), settings);
    }

    @Test
    void middlewareIsInstalledByDefault() {
        assertThat(client(Map.of()).engine().middleware()).anyMatch(m -> m instanceof MessageMiddleware);
    }

    @Test
    void addingAMessageWithoutTheMiddlewareSaysHowToInstallIt() {
        TestResponse r = client(Map.of("MIDDLEWARE", "dev.djakarta.middleware.CommonMiddleware")).get("/add/");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.response().exception()).isInstanceOf(MessageFailure.class)
                .hasMessageContaining("add it to the MIDDLEWARE setting");
    }

    @Test
    void templatesStillRenderWithoutTheMiddleware() {
        TestResponse r = client(Map.of("MIDDLEWARE", "")).get("/show/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<p id=\"count\">0</p>");
    }

    @Test
    void messageLevelMayBeANumber() {
        assertThat(client(Map.of("MESSAGE_LEVEL", "5")).followRedirects(true).get("/add/").text()).contains("Only for debugging");
    }

    @Test
    void badMessageLevelStopsStartUp() {
        assertThatThrownBy(() -> client(Map.of("MESSAGE_LEVEL", "loud")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("MESSAGE_LEVEL");
    }

    @Test
    void storageClassThatIsNotAStoreStopsStartUp() {
        assertThatThrownBy(() -> client(Map.of("MESSAGE_STORAGE", "java.lang.String")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessageContaining("MESSAGE_STORAGE").hasMessageContaining("does not implement dev.djakarta.messages.MessageStore");
    }
}
