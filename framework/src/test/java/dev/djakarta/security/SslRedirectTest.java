package dev.djakarta.security;

import static dev.djakarta.urls.Routes.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.Site;
import dev.djakarta.conf.Settings;
import dev.djakarta.http.Response;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.urls.Routes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SECURE_SSL_REDIRECT sends plain HTTP requests to the same URL over HTTPS, context path included. */
class SslRedirectTest {
    /** A site with one page. */
    public static final class OnePageSite extends Site {
        @Override
        public Routes routes() {
            return Routes.of(path("about/", request -> Response.text("about"), "about"));
        }
    }

    private static TestResponse get(String contextPath, String url) {
        Settings settings = Settings.of(Map.of("SECRET_KEY", "ssl-redirect-tests-ssl-redirect-tests-ssl-redirect-0123456789",
                "ALLOWED_HOSTS", "testserver", "SECURE_SSL_REDIRECT", "true", "MIDDLEWARE", SecurityMiddleware.class.getName()));
        try (Engine engine = Engine.boot(new OnePageSite(), settings, contextPath)) {
            return new Client(engine).get(url);
        }
    }

    @Test
    void plainHttpIsRedirectedToTheSameUrlOverHttps() {
        TestResponse r = get("", "/about/?x=1");

        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("https://testserver/about/?x=1");
    }

    @Test
    void underAContextPathTheRedirectKeepsIt() {
        TestResponse r = get("/blog", "/about/?x=1");

        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("https://testserver/blog/about/?x=1");
    }
}
