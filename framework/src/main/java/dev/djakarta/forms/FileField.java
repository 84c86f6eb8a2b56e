package dev.djakarta.forms;

/** Any uploaded file, cleaned to the {@link dev.djakarta.http.UploadedFile}; null when none was chosen. */
public final class FileField extends UploadField<FileField> {
    public FileField(String name) {
        super(name);
    }
}
