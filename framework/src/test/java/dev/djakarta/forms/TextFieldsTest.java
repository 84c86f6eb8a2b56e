package dev.djakarta.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CharField, EmailField, UrlField and SlugField clean text as Django's do, with Django's messages. */
class TextFieldsTest {
    static <T> T clean(Field<T, ?> field, String... values) throws ValidationError {
        return field.clean(List.of(values), List.of());
    }

    static List<String> errors(Field<?, ?> field, String... values) {
        try {
            field.clean(List.of(values), List.of());
            return List.of();
        } catch (ValidationError e) {
            return e.errors().stream().map(FormError::message).toList();
        }
    }

    @Test
    void charFieldStripsWhitespace() throws ValidationError {
        assertThat(clean(new CharField("name"), "  Ada  ")).isEqualTo("Ada");
        assertThat(clean(new CharField("name").strip(false), "  Ada ")).isEqualTo("  Ada ");
    }

    @Test
    void requiredFieldRejectsMissingAndBlankInput() {
        assertThat(errors(new CharField("name"))).containsExactly("This field is required.");
        assertThat(errors(new CharField("name"), "   ")).containsExactly("This field is required.");
    }

    @Test
    void optionalFieldCleansEmptyInputToEmptyText() throws ValidationError {
        assertThat(clean(new CharField("name").required(false))).isEmpty();
    }

    @Test
    void tooLongTextSaysTheLimitAndTheLength() {
        assertThat(errors(new CharField("name").maxLength(100), "x".repeat(101)))
                .containsExactly("Ensure this value has at most 100 characters (it has 101).");
        assertThat(errors(new CharField("name").minLength(3), "ab"))
                .containsExactly("Ensure this value has at least 3 characters (it has 2).");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() throws ValidationError {
        assertThat(clean(new CharField("name").maxLength(2), "😀😀")).isEqualTo("😀😀");
    }

    @Test
    void nullCharactersAreRefused() {
        assertThat(errors(new CharField("name"), "a\0b")).containsExactly("Null characters are not allowed.");
    }

    @Test
    void everyFailedCheckIsReported() {
        CharField field = new CharField("code").maxLength(3)
                .validator(v -> { throw new ValidationError("Codes start with a letter.", "letter"); });

        assertThat(errors(field, "12345")).containsExactly("Ensure this value has at most 3 characters (it has 5).",
                "Codes start with a letter.");
    }

    @Test
    void customMessageReplacesTheDefault() {
        assertThat(errors(new CharField("name").errorMessage("required", "Tell us your name."))).containsExactly("Tell us your name.");
    }

    @Test
    void emailFieldAcceptsWhatDjangoAccepts() throws ValidationError {
        for (String ok : List.of("ada@example.com", "first.last+tag@sub.example.co.uk", "user@localhost", "x@[127.0.0.1]",
                "\"quoted@name\"@example.com", "ok@bücher.example")) {
            assertThat(clean(new EmailField("email"), ok)).isEqualTo(ok);
        }
    }

    @Test
    void emailFieldRefusesWhatDjangoRefuses() {
        for (String bad : List.of("ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "a b@example.com",
                "ada@-example.com", "ada@example.c", "\"quoted name\"@example.com")) {
            assertThat(errors(new EmailField("email"), bad)).as(bad).containsExactly("Enter a valid email address.");
        }
    }

    @Test
    void urlFieldAddsAMissingScheme() throws ValidationError {
        assertThat(clean(new UrlField("site"), "example.com/path?q=1")).isEqualTo("https://example.com/path?q=1");
        assertThat(clean(new UrlField("site"), "http://localhost:8000/")).isEqualTo("http://localhost:8000/");
    }

    @Test
    void urlFieldRefusesOtherSchemesAndBadHosts() {
        for (String bad : List.of("javascript:alert(1)", "http://", "http://-bad-.com", "http://exa mple.com", "mailto:a@b.com",
                "http://example", "example.com:8000")) {
            assertThat(errors(new UrlField("site"), bad)).as(bad).contains("Enter a valid URL.");
        }
    }

    @Test
    void slugFieldAcceptsLettersNumbersUnderscoresAndHyphens() throws ValidationError {
        assertThat(clean(new SlugField("slug"), "hello-world_2")).isEqualTo("hello-world_2");
        assertThat(errors(new SlugField("slug"), "hello world"))
                .containsExactly("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.");
    }

    @Test
    void labelDefaultsToThePrettyName() {
        assertThat(new CharField("first_name").label()).isEqualTo("First name");
        assertThat(new CharField("first_name").label("Given name").label()).isEqualTo("Given name");
    }

    @Test
    void fieldNamesMustBeUsableInHtml() {
        assertThatThrownBy(() -> new CharField("first name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CharField("")).isInstanceOf(IllegalArgumentException.class);
    }
}
