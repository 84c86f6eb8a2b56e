package dev.djakarta.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file from a multipart request. Small files are kept in memory, larger ones in a temporary file that is deleted
 * when the request ends; call {@link #saveTo} to keep it.
 *
 * @param fieldName   the form field it was sent under
 * @param filename    the client's file name with any directory part removed (never trust it as a path)
 * @param contentType the declared type, or {@code application/octet-stream}
 * @param size        bytes
 */
public record UploadedFile(String fieldName, String filename, String contentType, long size, byte[] memory, Path temp) {

    /** The content as a fresh stream. */
    public InputStream open() throws IOException {
        return memory != null ? new ByteArrayInputStream(memory) : Files.newInputStream(temp);
    }

    /** The whole content (read into memory if it was on disk). */
    public byte[] bytes() {
        try {
            return memory != null ? memory.clone() : Files.readAllBytes(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the content to {@code target}, replacing it. */
    public void saveTo(Path target) throws IOException {
        try (InputStream in = open()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void delete() {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the JVM's temp cleaner or the OS will get it
            }
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + ": " + filename + ", " + contentType + ", " + size + " bytes]";
    }
}
