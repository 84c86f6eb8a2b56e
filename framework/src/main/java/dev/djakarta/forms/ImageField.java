package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * An uploaded PNG, JPEG, GIF or WebP image, recognised by its first bytes (never by its name or declared type):
 * anything else is "Upload a valid image. The file you uploaded was either not an image or a corrupted image.".
 */
public final class ImageField extends UploadField<ImageField> {
    private static final int HEADER = 12;

    public ImageField(String name) {
        super(name);
    }

    @Override
    protected void check(UploadedFile file, List<FormError> errors) {
        super.check(file, errors);
        if (file.size() > 0 && imageType(file) == null) {
            errors.add(formError("invalid_image",
                    "Upload a valid image. The file you uploaded was either not an image or a corrupted image."));
        }
    }

    @Override
    public String accept() {
        return "image/*";
    }

    /** {@code "image/png"}, {@code "image/jpeg"}, {@code "image/gif"}, {@code "image/webp"}, or null. */
    public static String imageType(UploadedFile file) {
        byte[] h = new byte[HEADER];
        int n = 0;
        try (InputStream in = file.open()) {
            int r;
            while (n < HEADER && (r = in.read(h, n, HEADER - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            return null;
        }
        if (n >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G' && h[4] == 0x0d && h[5] == 0x0a
                && h[6] == 0x1a && h[7] == 0x0a) {
            return "image/png";
        }
        if (n >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (n >= 6 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8' && (h[4] == '7' || h[4] == '9') && h[5] == 'a') {
            return "image/gif";
        }
        if (n >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
