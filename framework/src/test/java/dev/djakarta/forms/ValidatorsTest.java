package dev.djakarta.forms;

import static dev.djakarta.forms.TextFieldsTest.clean;
import static dev.djakarta.forms.TextFieldsTest.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ready-made validators. */
class ValidatorsTest {
    private static final CharField POSTCODE = new CharField("postcode").validator(Validators.regex("[0-9]{5}"));

    @Test
    void regexMustMatchTheWholeValue() throws ValidationError {
        assertThat(clean(POSTCODE, "75011")).isEqualTo("75011");
        assertThat(errors(POSTCODE, "75011x")).containsExactly("Enter a valid value.");
    }

    @Test
    void regexTakesItsOwnMessage() {
        CharField field = new CharField("code").validator(Validators.regex("[A-Z]+", "Capitals only."));

        assertThat(errors(field, "abc")).containsExactly("Capitals only.");
    }

    @Test
    void regexIsNotRunOnAnEmptyOptionalValue() throws ValidationError {
        assertThat(clean(new CharField("postcode").required(false).validator(Validators.regex("[0-9]{5}")))).isEmpty();
    }

    @Test
    void fileExtensionIsCheckedWithoutCase() throws ValidationError {
        FileField field = new FileField("doc").validator(Validators.fileExtension("pdf", "TXT"));

        assertThat(field.clean(List.of(), List.of(UploadFieldsTest.file("notes.Txt", new byte[] {1})))).isNotNull();
        assertThatThrownBy(() -> field.clean(List.of(), List.of(UploadFieldsTest.file("run.exe", new byte[] {1}))))
                .isInstanceOf(ValidationError.class)
                .hasMessage("File extension “exe” is not allowed. Allowed extensions are: pdf, txt.");
    }
}
