package dev.djakarta.views;

import static dev.djakarta.testsite.Markup.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.forms.Form;
import dev.djakarta.forms.FormSite;
import dev.djakarta.test.Client;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FormView: GET shows the form, a valid POST redirects (post/redirect/get), an invalid one shows the errors. */
class FormViewTest {
    private final Client client = Client.of(new FormSite(), TestSite.production());

    private static final Map<String, String> VALID = Map.of("name", "ada", "email", "ada@example.com", "message", "Hello!");

    @Test
    void getShowsAnUnboundForm() {
        TestResponse r = client.get("/contact/");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.templateName()).isEqualTo("testsite/form_page.html");
        assertThat(((Form) r.context().get("form")).isBound()).isFalse();
        assertThat(r.text()).doesNotContain("errorlist");
    }

    @Test
    void getStartsFromTheViewsInitialValues() {
        assertThat(tag(client.get("/contact/?name=Grace").text(), "id_name")).contains("value=\"Grace\"");
    }

    @Test
    void validPostRedirectsToTheSuccessRoute() {
        TestResponse r = client.post("/contact/", VALID);

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).isEqualTo("/thanks/");
    }

    @Test
    void pageAfterTheRedirectShowsTheSuccessMessageOnce() {
        TestResponse r = client.followRedirects(true).post("/contact/", VALID);

        assertThat(r.text()).contains("<li class=\"success\">Thanks, Ada!</li>");
        assertThat(client.get("/thanks/").text()).doesNotContain("Thanks, Ada!");
    }

    @Test
    void invalidPostShowsTheFormAgainWithErrorsAndStatus200() {
        TestResponse r = client.post("/contact/", Map.of("name", "Ada", "email", "ada(at)example.com", "message", "Hi"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<li>Enter a valid email address.</li>").contains(">Hi</textarea>");
        assertThat(tag(r.text(), "id_email")).contains("value=\"ada(at)example.com\"");
        assertThat(r.cookie("messages")).isNull();
    }

    @Test
    void errorsFromTheWholeFormAreShownAboveTheFields() {
        TestResponse r = client.post("/contact/", Map.of("name", "Ada", "email", "ada@example.com", "message", "ada"));

        assertThat(r.text()).contains("<ul class=\"errorlist nonfield\">\n  <li>Your message is just your name.</li>");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        TestResponse r = client.put("/contact/", VALID);

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    }

    @Test
    void missingSuccessRouteSaysHowToFixIt() {
        TestResponse r = client.post("/no-success/", VALID);

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.response().exception()).hasMessageContaining("has no success route: pass one to the FormView constructor");
    }

    @Test
    void jsonApiAnswers400WithTheErrorsAndCodes() {
        TestResponse r = client.postJson("/api/contact/", Map.of("name", "admin", "email", "x"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().at("/errors/email/0/message").asText()).isEqualTo("Enter a valid email address.");
        assertThat(r.json().at("/errors/name/0/code").asText()).isEqualTo("reserved");
        assertThat(r.json().at("/errors/message/0/message").asText()).isEqualTo("This field is required.");
    }

    @Test
    void jsonApiAcceptsAValidBody() {
        TestResponse r = client.postJson("/api/contact/", VALID);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("name").asText()).isEqualTo("Ada");
    }

    @Test
    void jsonApiAnswers400ToBodiesThatAreNotAnObject() {
        assertThat(client.postJson("/api/contact/", java.util.List.of(1, 2)).status()).isEqualTo(400);
        assertThat(client.request("POST", "/api/contact/").body("{not json", "application/json").send().status()).isEqualTo(400);
    }
}
