package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.http.Json;
import dev.djakarta.testsite.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AccessLogTest {
    @Test
    void jsonAccessLogWritesOneParsableObjectPerRequest() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("djakarta.server.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        Map<String, String> s = new HashMap<>(TestSite.production());
        s.put("ALLOWED_HOSTS", "127.0.0.1");
        try (EmbeddedServer server = EmbeddedServer.start("127.0.0.1", 0, new FrontController(Engine.boot(new TestSite(), s)), 8, 500, "json")) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello/?name=x"))
                    .header("User-Agent", "tester \"quoted\"").build(), HttpResponse.BodyHandlers.ofString());
            long deadline = System.currentTimeMillis() + 3000;
            while (appender.list.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        assertThat(appender.list).hasSize(1);
        JsonNode line = Json.MAPPER.readTree(appender.list.get(0).getFormattedMessage());
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("path").asText()).isEqualTo("/hello/");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("client").asText()).isEqualTo("127.0.0.1");
        assertThat(line.get("agent").asText()).isEqualTo("tester \"quoted\"");
    }
}
