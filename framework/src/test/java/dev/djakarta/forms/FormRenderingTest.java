package dev.djakarta.forms;

import static dev.djakarta.testsite.Markup.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.test.Client;
import dev.djakarta.test.MultipartBody;
import dev.djakarta.test.TestResponse;
import dev.djakarta.testsite.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms drawn by the built-in fragments: labels, widgets, help, errors, ARIA, and what the user typed. */
class FormRenderingTest {
    private final Client client = Client.of(new FormSite(), TestSite.production());

    private String signupWith(Map<String, ?> form) {
        TestResponse r = client.post("/signup/", form);
        assertThat(r.status()).isEqualTo(200);
        return r.text();
    }

    @Test
    void labelPointsAtItsInput() {
        String html = client.get("/signup/").text();

        assertThat(html).contains("<label for=\"id_username\">User name</label>");
        assertThat(tag(html, "id_username")).startsWith("<input").contains("type=\"text\"", "name=\"username\"");
    }

    @Test
    void limitsBecomeInputAttributes() {
        String html = client.get("/signup/").text();

        assertThat(tag(html, "id_username")).contains("maxlength=\"30\"", "required=\"required\"");
        assertThat(tag(html, "id_age")).contains("min=\"13\"", "max=\"130\"").doesNotContain("required");
        assertThat(tag(html, "id_budget")).contains("step=\"0.01\"");
        assertThat(tag(html, "id_birthday")).contains("type=\"date\"");
        assertThat(tag(html, "id_call_at")).contains("type=\"datetime-local\"");
        assertThat(tag(html, "id_avatar")).contains("type=\"file\"", "accept=\"image/*\"");
    }

    @Test
    void helpTextIsLinkedToTheInput() {
        String html = client.get("/email-only/").text();

        assertThat(html).contains("<div class=\"helptext\" id=\"id_email_helptext\">We reply to this address.</div>");
        assertThat(tag(html, "id_email")).contains("aria-describedby=\"id_email_helptext\"").doesNotContain("aria-invalid");
    }

    @Test
    void invalidFieldShowsItsErrorsAndPointsAtThem() {
        String html = client.get("/email-only/?email=nope").text();

        assertThat(html).contains("<ul class=\"errorlist\" id=\"id_email_error\"><li>Enter a valid email address.</li></ul>")
                .contains("<div class=\"field error\">");
        assertThat(tag(html, "id_email")).contains("aria-invalid=\"true\"", "aria-describedby=\"id_email_error id_email_helptext\"",
                "value=\"nope\"");
    }

    @Test
    void reRenderedFormKeepsWhatTheUserTypedEscaped() {
        String html = signupWith(Map.of("username", "a\"b<c>&", "website", "\"><script>x</script>"));

        assertThat(tag(html, "id_username")).contains("value=\"a&quot;b&lt;c&gt;&amp;\"");
        assertThat(tag(html, "id_website")).contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"");
        assertThat(html).doesNotContain("<script>x");
    }

    @Test
    void passwordsAreNeverSentBack() {
        assertThat(signupWith(Map.of("password", "hunter2"))).doesNotContain("hunter2");
    }

    @Test
    void wrongTypesAndUnknownChoicesAreFieldErrorsNotServerErrors() {
        String html = signupWith(Map.of("age", "abc", "plan", "<gold>", "budget", "1.234", "birthday", "31/31/2026"));

        assertThat(html).contains("<li>Enter a whole number.</li>")
                .contains("<li>Select a valid choice. &lt;gold&gt; is not one of the available choices.</li>")
                .contains("<li>Ensure that there are no more than 2 decimal places.</li>")
                .contains("<li>Enter a valid date.</li>");
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        String html = signupWith(Map.of());

        assertThat(html).contains("id=\"id_username_error\"><li>This field is required.</li>")
                .contains("id=\"id_terms_error\"><li>This field is required.</li>");
    }

    @Test
    void tooLongValueSaysByHowMuch() {
        assertThat(signupWith(Map.of("username", "x".repeat(31)))).contains("<li>Ensure this value has at most 30 characters (it has 31).</li>");
    }

    @Test
    void submittedChoicesStaySelected() {
        String html = signupWith(Map.of("plan", "pro", "color", "blue", "topics", List.of("web", "java"), "languages", "fr", "terms", "on"));

        assertThat(html).contains("<option value=\"pro\" selected=\"selected\">Pro &lt;fast&gt;</option>")
                .contains("<option value=\"free\">Free</option>")
                .contains("<option value=\"fr\" selected=\"selected\">French</option>");
        assertThat(tag(html, "id_color_1")).contains("value=\"blue\"", "checked=\"checked\"");
        assertThat(tag(html, "id_color_0")).doesNotContain("checked");
        assertThat(tag(html, "id_topics_0")).contains("checked=\"checked\"");
        assertThat(tag(html, "id_topics_1")).contains("checked=\"checked\"");
        assertThat(tag(html, "id_terms")).contains("checked=\"checked\"");
    }

    @Test
    void unboundFormShowsInitialValues() {
        assertThat(client.get("/signup/").text()).contains("<option value=\"free\" selected=\"selected\">Free</option>");
    }

    @Test
    void radiosAndCheckboxGroupsAreFieldsetsWithALegend() {
        assertThat(client.get("/signup/").text()).contains("<fieldset class=\"field\">\n  <legend>Color</legend>")
                .contains("<label for=\"id_color_0\"><input type=\"radio\"");
    }

    @Test
    void hiddenFieldsHaveNoLabel() {
        String html = client.get("/signup/").text();

        assertThat(tag(html, "id_ref")).contains("type=\"hidden\"").doesNotContain("required");
        assertThat(html).doesNotContain("for=\"id_ref\"");
    }

    @Test
    void formWithAFileFieldIsMultipart() {
        assertThat(client.get("/signup/").text()).contains("<form method=\"post\" enctype=\"multipart/form-data\">");
        assertThat(client.get("/contact/").text()).contains("<form method=\"post\">");
    }

    @Test
    void imageLargerThanTheFieldAllowsIsAFieldError() {
        MultipartBody body = new MultipartBody().field("username", "ada")
                .file("avatar", "big.png", "image/png", concat(UploadFieldsTest.PNG, new byte[2048]));

        TestResponse r = client.request("POST", "/signup/").multipart(body).send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<li>Ensure this file is at most 1.0 KB (it is 2.0 KB).</li>");
    }

    @Test
    void fileThatIsNotAnImageIsAFieldError() {
        MultipartBody body = new MultipartBody().file("avatar", "avatar.png", "image/png", "GIF? no, text".getBytes());

        TestResponse r = client.request("POST", "/signup/").multipart(body).send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<li>Upload a valid image. The file you uploaded was either not an image or a corrupted image.</li>");
    }

    @Test
    void fileOverTheSiteWideUploadLimitIsRequestTooLarge() {
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("FILE_UPLOAD_MAX_SIZE", "100");
        MultipartBody body = new MultipartBody().file("avatar", "big.png", "image/png", concat(UploadFieldsTest.PNG, new byte[500]));

        TestResponse r = Client.of(new FormSite(), settings).request("POST", "/signup/").multipart(body).send();

        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void projectTemplateOverridesTheFieldFragment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("djakarta/forms/field.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<p th:fragment=\"field(field)\" class=\"custom\" th:text=\"${field.label}\">x</p>");
        Map<String, String> settings = new HashMap<>(TestSite.production());
        settings.put("TEMPLATE_DIRS", dir.toString());

        String html = Client.of(new FormSite(), settings).get("/contact/").text();

        assertThat(html).contains("<p class=\"custom\">Name</p>", "<p class=\"custom\">Email</p>").doesNotContain("<label");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
