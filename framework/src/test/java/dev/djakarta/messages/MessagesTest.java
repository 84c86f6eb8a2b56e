package dev.djakarta.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Cookie;
import dev.djakarta.server.Engine;
import dev.djakarta.signing.Signer;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages added in one request are shown on the next page, once, and travel in a signed cookie. */
class MessagesTest {
    private static Client client(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.putAll(extra);
        return Client.of(new MessageSite(), settings);
    }

    private final Client client = client(Map.of());

    @Test
    void messageAddedBeforeARedirectIsShownOnTheNextPage() {
        TestResponse r = client.followRedirects(true).get("/add/");

        assertThat(r.redirectChain()).containsExactly("/show/");
        assertThat(r.text()).contains("<li class=\"success\">Saved &lt;b&gt;it&lt;/b&gt;</li>");
    }

    @Test
    void messagesAreShownOnlyOnce() {
        client.followRedirects(true).get("/add/");

        TestResponse again = client.get("/show/");

        assertThat(again.text()).doesNotContain("<li").contains("<p id=\"count\">0</p>");
        assertThat(client.cookies()).doesNotContainKey("messages");
    }

    @Test
    void showingTheMessagesDeletesTheCookie() {
        client.get("/add/");

        TestResponse shown = client.get("/show/");

        assertThat(shown.cookie("messages").maxAge()).isZero();
    }

    @Test
    void extraTagsComeBeforeTheLevelTag() {
        assertThat(client.followRedirects(true).get("/add/").text()).contains("<li class=\"sticky warning\">Check the spelling</li>");
    }

    @Test
    void messagesBelowMessageLevelAreDropped() {
        assertThat(client.followRedirects(true).get("/add/").text()).doesNotContain("Only for debugging");
    }

    @Test
    void lowerMessageLevelKeepsDebugMessages() {
        Client debug = client(Map.of("MESSAGE_LEVEL", "debug"));

        assertThat(debug.followRedirects(true).get("/add/").text()).contains("<li class=\"debug\">Only for debugging</li>");
    }

    @Test
    void messageCookieIsSignedHttpOnlyAndSameSiteLax() {
        Cookie cookie = client.get("/add/").cookie("messages");

        assertThat(cookie.httpOnly()).isTrue();
        assertThat(cookie.sameSite()).isEqualTo("Lax");
        assertThat(cookie.path()).isEqualTo("/");
        assertThat(cookie.secure()).isFalse();
        assertThat(cookie.value()).doesNotContain("Saved").contains(":");
    }

    @Test
    void cookieSetOverHttpsIsSecure() {
        assertThat(client.request("GET", "/add/").secure().send().cookie("messages").secure()).isTrue();
    }

    @Test
    void cookieIsScopedToTheContextPath() {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("ALLOWED_HOSTS", "testserver");
        Client underBlog = new Client(Engine.boot(new MessageSite(), Settings.of(settings), "/blog"));

        assertThat(underBlog.get("/add/").cookie("messages").path()).isEqualTo("/blog");
    }

    @Test
    void messagesAddedAndShownInTheSameRequestAreNotKept() {
        TestResponse r = client.get("/add-and-show/");

        assertThat(r.text()).contains("<li class=\"info\">Right away</li>");
        assertThat(r.cookie("messages")).isNull();
    }

    @Test
    void unreadMessagesWaitForAPageThatShowsThem() {
        client.get("/add/");

        assertThat(client.get("/count/").text()).isEqualTo("2");
        assertThat(client.get("/nothing/").text()).isEqualTo("nothing");

        assertThat(client.get("/show/").text()).contains("Saved &lt;b&gt;it&lt;/b&gt;", "Check the spelling");
    }

    @Test
    void requestThatNeitherAddsNorReadsMessagesSetsNoCookie() {
        assertThat(client.get("/nothing/").cookies()).isEmpty();
        assertThat(client.get("/show/").cookies()).isEmpty();
    }

    @Test
    void tamperedCookieIsIgnoredSilentlyAndDeleted() {
        String good = client.get("/add/").cookie("messages").value();
        client.cookies().put("messages", good.replace('A', 'B').replace('a', 'b') + "x");

        TestResponse r = client.get("/show/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<p id=\"count\">0</p>");
        assertThat(r.cookie("messages").maxAge()).isZero();
    }

    @Test
    void cookieSignedWithAnotherKeyIsIgnored() {
        String json = "[[40,\"You have been hacked\"]]";
        String forged = new Signer("some-other-key", "dev.djakarta.messages")
                .sign(Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
        client.cookies().put("messages", forged);

        assertThat(client.get("/show/").text()).doesNotContain("hacked").contains("<p id=\"count\">0</p>");
    }

    @Test
    void garbageCookieIsIgnored() {
        client.cookies().put("messages", "not-signed-at-all");

        assertThat(client.get("/show/").status()).isEqualTo(200);
    }

    @Test
    void tooManyMessagesKeepTheNewestWithinTheCookieLimit() {
        Cookie cookie = client.get("/add-many/").cookie("messages");

        assertThat(cookie.value().length()).isLessThanOrEqualTo(CookieStore.MAX_COOKIE_SIZE);
        String page = client.get("/show/").text();
        assertThat(page).contains("Message number 59 ").doesNotContain("Message number 0 ");
    }

    @Test
    void messageCookieNameComesFromTheSetting() {
        assertThat(client(Map.of("MESSAGE_COOKIE_NAME", "flash")).get("/add/").cookie("flash")).isNotNull();
    }
}
