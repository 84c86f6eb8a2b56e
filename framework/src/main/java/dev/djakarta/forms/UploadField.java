package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import dev.djakarta.utils.Sizes;
import java.util.List;

/**
 * What the file fields share: the uploaded file from {@code request.files()}, null when none, with Django's messages
 * for a form sent without {@code enctype="multipart/form-data"}, an empty file, a too-long name, and a size limit.
 */
public abstract class UploadField<F extends UploadField<F>> extends Field<UploadedFile, F> {
    private Long maxSize;
    private Integer maxNameLength;
    private boolean allowEmptyFile;

    protected UploadField(String name) {
        super(name, Widget.FILE);
    }

    /** Largest accepted file, in bytes: "Ensure this file is at most 2.0 MB (it is 3.1 MB).". */
    @SuppressWarnings("unchecked")
    public F maxSize(long bytes) {
        this.maxSize = bytes;
        return (F) this;
    }

    /** Longest accepted file name. */
    @SuppressWarnings("unchecked")
    public F maxNameLength(int length) {
        this.maxNameLength = length;
        return (F) this;
    }

    /** Accept zero-byte files (refused by default: "The submitted file is empty."). */
    @SuppressWarnings("unchecked")
    public F allowEmptyFile(boolean allow) {
        this.allowEmptyFile = allow;
        return (F) this;
    }

    @Override
    protected UploadedFile toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        UploadedFile file = files.isEmpty() ? null : files.get(files.size() - 1);
        if (file == null) {
            String text = last(values);
            if (text != null && !text.isEmpty()) {
                // a file input posted without multipart/form-data sends the file's name as text
                throw error("invalid", "No file was submitted. Check the encoding type on the form.");
            }
            return null;
        }
        if (file.filename() == null || file.filename().isEmpty()) {
            if (file.size() == 0) {
                return null;   // the browser's empty file part: nothing chosen
            }
            throw error("invalid", "No file was submitted. Check the encoding type on the form.");
        }
        return file;
    }

    @Override
    protected void check(UploadedFile file, List<FormError> errors) {
        int nameLength = file.filename().codePointCount(0, file.filename().length());
        if (maxNameLength != null && nameLength > maxNameLength) {
            errors.add(formError("max_length", "Ensure this filename has at most " + maxNameLength + " character"
                    + (maxNameLength == 1 ? "" : "s") + " (it has " + nameLength + ")."));
        }
        if (file.size() == 0 && !allowEmptyFile) {
            errors.add(formError("empty", "The submitted file is empty."));
        } else if (maxSize != null && file.size() > maxSize) {
            errors.add(formError("max_size", "Ensure this file is at most " + Sizes.human(maxSize) + " (it is "
                    + Sizes.human(file.size()) + ")."));
        }
    }

    @Override
    protected String format(UploadedFile value) {
        return "";   // browsers never let a page pre-fill a file input
    }
}
