package dev.djakarta.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.http.UploadedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FileField and ImageField: missing, empty, too large and fake files. */
class UploadFieldsTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    static UploadedFile file(String name, byte[] content) {
        return new UploadedFile("f", name, "application/octet-stream", content.length, content, null);
    }

    private static List<String> errors(Field<?, ?> field, List<String> values, UploadedFile... files) {
        try {
            field.clean(values, List.of(files));
            return List.of();
        } catch (ValidationError e) {
            return e.errors().stream().map(FormError::message).toList();
        }
    }

    @Test
    void fileFieldGivesTheUploadedFile() throws ValidationError {
        UploadedFile f = file("notes.txt", "hello".getBytes());

        assertThat(new FileField("doc").clean(List.of(), List.of(f))).isSameAs(f);
    }

    @Test
    void missingFileIsRequired() {
        assertThat(errors(new FileField("doc"), List.of())).containsExactly("This field is required.");
    }

    @Test
    void fileNameSentAsTextMeansTheFormLacksMultipart() {
        assertThat(errors(new FileField("doc"), List.of("notes.txt")))
                .containsExactly("No file was submitted. Check the encoding type on the form.");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(errors(new FileField("doc"), List.of(), file("empty.txt", new byte[0]))).containsExactly("The submitted file is empty.");
    }

    @Test
    void fileOverTheFieldsLimitSaysBothSizes() {
        FileField field = new FileField("doc").maxSize(1024);

        assertThat(errors(field, List.of(), file("big.bin", new byte[1536]))).containsExactly("Ensure this file is at most 1.0 KB (it is 1.5 KB).");
    }

    @Test
    void tooLongFileNameIsRefused() {
        assertThat(errors(new FileField("doc").maxNameLength(5), List.of(), file("toolong.txt", new byte[1])))
                .containsExactly("Ensure this filename has at most 5 characters (it has 11).");
    }

    @Test
    void imageFieldRecognisesPngJpegGifAndWebpByTheirBytes() {
        for (byte[] image : List.of(PNG, JPEG, GIF, WEBP)) {
            assertThat(errors(new ImageField("photo"), List.of(), file("photo.bin", image))).isEmpty();
        }
        assertThat(ImageField.imageType(file("x", WEBP))).isEqualTo("image/webp");
    }

    @Test
    void imageFieldRefusesAnythingElseWhateverItsName() {
        assertThat(errors(new ImageField("photo"), List.of(), file("photo.png", "<?php echo 1; ?>".getBytes())))
                .containsExactly("Upload a valid image. The file you uploaded was either not an image or a corrupted image.");
    }
}
