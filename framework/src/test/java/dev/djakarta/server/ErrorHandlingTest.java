package dev.djakarta.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.djakarta.http.Http404;
import dev.djakarta.http.Response;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import dev.djakarta.views.View;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ErrorHandlingTest {
    @Test
    void debugShowsTheTechnical500PageEscapedWithSecretsMasked() {
        Client client = Client.of(new TestSite(), TestSite.debug());
        TestResponse r = client.request("GET", "/boom/?password=hunter2&q=1").header("Cookie", "sessionid=abc123").send();
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text())
                .contains("IllegalStateException at boom")
                .contains("kaboom &lt;script&gt;").doesNotContain("kaboom <script>")
                .contains("Traceback").contains("dev.djakarta.testsite.TestSite")
                .contains("SECRET_KEY").doesNotContain(TestSite.SECRET)
                .doesNotContain("hunter2").doesNotContain("abc123")
                .contains("DEBUG = true");
    }

    @Test
    void productionShowsAPlainPageAndLogsTheException() {
        Logger logger = (Logger) LoggerFactory.getLogger("djakarta.request");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.ERROR);
        logger.addAppender(appender);
        try {
            TestResponse r = Client.of(new TestSite(), TestSite.production()).get("/boom/");
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.text()).contains("Server Error (500)").doesNotContain("kaboom").doesNotContain("Traceback")
                    .doesNotContain("IllegalStateException");
            assertThat(appender.list).hasSize(1);
            assertThat(appender.list.get(0).getFormattedMessage()).isEqualTo("Internal Server Error: /boom/");
            assertThat(appender.list.get(0).getThrowableProxy().getMessage()).isEqualTo("kaboom <script>");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
    }

    @Test
    void httpErrorsBecomeTheirStatus() {
        Client client = Client.of(new TestSite(), TestSite.production());
        assertThat(client.get("/missing/").status()).isEqualTo(404);
        assertThat(client.get("/forbidden/").status()).isEqualTo(403);
        assertThat(client.get("/bad/").status()).isEqualTo(400);
        assertThat(client.get("/missing/").text()).contains("Not Found").doesNotContain("no such thing");
    }

    @Test
    void aViewReturningNullIsAServerErrorThatNamesTheView() {
        TestResponse r = Client.of(new TestSite(), TestSite.debug()).get("/null/");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("didn&#x27;t return a Response");
    }

    @Test
    void debug404ListsThePatternsTried() {
        TestResponse r = Client.of(new TestSite(), TestSite.debug()).get("/nowhere/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text()).contains("Djakarta tried these URL patterns")
                .contains("articles/&lt;int:year&gt;/&lt;slug:slug&gt;/ [name='article']")
                .contains("api/items/&lt;uuid:id&gt;/ [name='api:item']")
                .contains("The current path, <code>nowhere/</code>, didn't match");
    }

    @Test
    void debug404FromAViewShowsItsMessageAndRoute() {
        TestResponse r = Client.of(new TestSite(), TestSite.debug()).get("/missing/");
        assertThat(r.text()).contains("no such thing").contains("Raised by:").doesNotContain("tried these URL patterns");
    }

    @Test
    void projectHandlersReplaceTheBuiltInPages() {
        TestSite custom = new TestSite() {
            @Override
            public View handler404() {
                return r -> Response.html(200, "<p>custom 404 for " + r.path() + "</p>");
            }

            @Override
            public View handler500() {
                return r -> Response.html("<p>custom 500</p>");
            }

            @Override
            public View handler403() {
                return r -> { throw new Http404("handler itself fails"); };
            }
        };
        Client client = Client.of(custom, TestSite.production());
        TestResponse notFound = client.get("/nowhere/");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.text()).isEqualTo("<p>custom 404 for /nowhere/</p>");
        TestResponse error = client.get("/boom/");
        assertThat(error.status()).isEqualTo(500);
        assertThat(error.text()).isEqualTo("<p>custom 500</p>");
        TestResponse forbidden = client.get("/forbidden/");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text()).contains("Forbidden (403)");
    }

    @Test
    void errorResponsesCarryTheirException() {
        TestResponse r = Client.of(new TestSite(), TestSite.production()).get("/boom/");
        assertThat(r.response().exception()).isInstanceOf(IllegalStateException.class);
    }
}
