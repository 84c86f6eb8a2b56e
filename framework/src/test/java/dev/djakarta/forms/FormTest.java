package dev.djakarta.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.djakarta.http.BadRequest;
import dev.djakarta.http.Json;
import dev.djakarta.http.Params;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding, validity, errors, cleaned data and the clean hooks of a Form. */
class FormTest {
    private static ContactForm bound(String... namesAndValues) {
        Map<String, List<String>> data = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.computeIfAbsent(namesAndValues[i], k -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new ContactForm().bind(Params.of(data));
    }

    @Test
    void unboundFormIsNeitherValidNorInError() {
        ContactForm form = new ContactForm();

        assertThat(form.isBound()).isFalse();
        assertThat(form.isValid()).isFalse();
        assertThat(form.errors()).isEmpty();
        assertThat(form.cleanedData()).isEmpty();
    }

    @Test
    void validFormGivesTypedCleanedValues() {
        ContactForm form = bound("name", "ada", "email", "ada@example.com", "message", "Hello there");

        assertThat(form.isValid()).isTrue();
        assertThat(form.cleaned(ContactForm.NAME)).isEqualTo("Ada");
        assertThat(form.cleanedData()).containsOnlyKeys("name", "email", "message");
    }

    @Test
    void missingFieldsAreEachRequired() {
        ContactForm form = bound();

        assertThat(form.isValid()).isFalse();
        assertThat(form.errors()).containsOnlyKeys("name", "email", "message");
        assertThat(form.errors("email")).containsExactly("This field is required.");
    }

    @Test
    void invalidFieldIsLeftOutOfTheCleanedData() {
        ContactForm form = bound("name", "Ada", "email", "not-an-email", "message", "Hi");

        assertThat(form.errors()).containsOnlyKeys("email");
        assertThat(form.cleanedData()).containsOnlyKeys("name", "message");
        assertThat(form.cleaned(ContactForm.EMAIL)).isNull();
    }

    @Test
    void fieldHookCanRejectAValue() {
        ContactForm form = bound("name", "admin", "email", "a@example.com", "message", "Hi");

        assertThat(form.errors("name")).containsExactly("Pick a name that is not “admin”.");
    }

    @Test
    void wholeFormCleanAddsNonFieldErrors() {
        ContactForm form = bound("name", "ada", "email", "a@example.com", "message", "Ada");

        assertThat(form.nonFieldErrors()).containsExactly("Your message is just your name.");
        assertThat(form.errors()).containsOnlyKeys(Form.NON_FIELD_ERRORS);
    }

    @Test
    void addErrorFromCleanMarksTheFieldAndDropsItsValue() {
        ContactForm form = bound("name", "Ada", "email", "a@example.com", "message", "see http://spam.example");

        assertThat(form.errors("message")).containsExactly("No links to spam, please.");
        assertThat(form.cleanedData()).doesNotContainKey("message");
    }

    @Test
    void errorsJsonHasMessagesAndCodes() {
        ContactForm form = bound("name", "admin", "email", "x", "message", "m".repeat(2001));

        assertThat(form.errorsJson().get("name")).containsExactly(Map.of("message", "Pick a name that is not “admin”.", "code", "reserved"));
        assertThat(form.errorsJson().get("email")).containsExactly(Map.of("message", "Enter a valid email address.", "code", "invalid"));
        assertThat(form.errorsJson().get("message").get(0)).containsEntry("code", "max_length");
    }

    @Test
    void jsonBodyBindsLikeFormData() throws Exception {
        JsonNode json = Json.MAPPER.readTree("{\"name\": \"grace\", \"email\": \"g@example.com\", \"message\": 42, \"extra\": null}");

        ContactForm form = new ContactForm().bindJson(json);

        assertThat(form.isValid()).isTrue();
        assertThat(form.cleaned(ContactForm.MESSAGE)).isEqualTo("42");
    }

    @Test
    void jsonThatIsNotAnObjectIsABadRequest() throws Exception {
        assertThatThrownBy(() -> new ContactForm().bindJson(Json.MAPPER.readTree("[1, 2]")))
                .isInstanceOf(BadRequest.class).hasMessageContaining("name, email, message");
    }

    @Test
    void unknownFieldNameIsAProgrammingErrorThatListsTheFields() {
        assertThatThrownBy(() -> new ContactForm().field("emial"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field 'emial'. Fields: name, email, message");
    }

    @Test
    void twoFieldsWithOneNameAreRefused() {
        assertThatThrownBy(() -> new Form(new CharField("a"), new CharField("a")) { })
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two fields named 'a'");
    }

    @Test
    void aPrefixedFormReadsAndNamesItsInputsUnderThePrefix() {
        ContactForm form = new ContactForm().prefix("c-2");
        form.bind(Params.of(Map.of("c-2-name", List.of("ada"), "c-2-email", List.of("ada@example.com"), "c-2-message", List.of("Hi"),
                "name", List.of("eve"))));

        assertThat(form.isValid()).as(form.errors().toString()).isTrue();
        assertThat(form.cleaned(ContactForm.NAME)).isEqualTo("Ada");
        assertThat(form.field("name").htmlName()).isEqualTo("c-2-name");
        assertThat(form.field("name").id()).isEqualTo("id_c-2-name");
        assertThat(form.field("name").value()).isEqualTo("ada");
    }

    @Test
    void changedDataNamesOnlyTheFieldsThatDifferFromTheInitialValues() {
        ContactForm form = new ContactForm().initial(Map.of("name", "ada", "message", "Hi"));
        form.bind(Params.of(Map.of("name", List.of(" ada "), "email", List.of("ada@example.com"), "message", List.of("Hello"))));

        assertThat(form.changedData()).containsExactly("email", "message");
        assertThat(new ContactForm().changedData()).isEmpty();
        assertThat(new ContactForm().bind(Params.of(Map.of())).<ContactForm>bind(Params.of(Map.of("name", List.of("")))).changedData()).isEmpty();
    }
}
