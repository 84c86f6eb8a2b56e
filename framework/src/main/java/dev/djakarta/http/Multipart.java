package dev.djakarta.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * multipart/form-data parsing with Apache Commons FileUpload's streaming parser, applying Django's limits:
 * DATA_UPLOAD_MAX_MEMORY_SIZE counts only the non-file fields, files spill to disk above
 * FILE_UPLOAD_MAX_MEMORY_SIZE, and FILE_UPLOAD_MAX_SIZE caps each file.
 */
final class Multipart {
    record Result(Params fields, Map<String, List<UploadedFile>> files) {
    }

    private Multipart() {
    }

    static Result parse(String contentType, long contentLength, InputStream body, RequestPolicy policy) throws IOException {
        Upload upload = new Upload();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        if (policy.maxFileSize() >= 0) {
            upload.setMaxFileSize(policy.maxFileSize());
        }
        Context ctx = new Context(contentType, contentLength, body);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        long fieldBytes = 0;
        int fieldCount = 0;
        int fileCount = 0;
        List<UploadedFile> created = new ArrayList<>();
        try {
            FileItemInputIterator it = upload.getItemIterator(ctx);
            while (it.hasNext()) {
                FileItemInput item = it.next();
                String name = item.getFieldName() == null ? "" : item.getFieldName();
                if (item.isFormField()) {
                    if (policy.maxFields() >= 0 && ++fieldCount > policy.maxFields()) {
                        throw new BadRequest("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS");
                    }
                    byte[] data;
                    try (InputStream in = item.getInputStream()) {
                        data = readLimited(in, policy.maxMemorySize() - fieldBytes);
                    }
                    fieldBytes += data.length;
                    fields.computeIfAbsent(name, k -> new ArrayList<>(1)).add(UrlCodec.utf8Strict(data, data.length));
                } else {
                    String filename = baseName(item.getName());
                    if (filename.isEmpty()) {
                        // an empty <input type=file>: browsers send a part with no name; Django skips it
                        try (InputStream in = item.getInputStream()) {
                            in.transferTo(OutputStream.nullOutputStream());
                        }
                        continue;
                    }
                    if (policy.maxFiles() >= 0 && ++fileCount > policy.maxFiles()) {
                        throw new BadRequest("The number of files exceeded DATA_UPLOAD_MAX_NUMBER_FILES");
                    }
                    String type = item.getContentType() == null ? "application/octet-stream" : item.getContentType();
                    UploadedFile file;
                    try (InputStream in = item.getInputStream()) {
                        file = store(name, filename, type, in, policy);
                    }
                    created.add(file);
                    files.computeIfAbsent(name, k -> new ArrayList<>(1)).add(file);
                }
            }
        } catch (FileUploadSizeException e) {
            created.forEach(UploadedFile::delete);
            throw new RequestTooLarge("Uploaded file is larger than FILE_UPLOAD_MAX_SIZE (" + policy.maxFileSize() + " bytes)");
        } catch (FileUploadException e) {
            created.forEach(UploadedFile::delete);
            throw new BadRequest("Malformed multipart body: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            created.forEach(UploadedFile::delete);
            if (e.getCause() instanceof FileUploadSizeException) {
                throw new RequestTooLarge("Uploaded file is larger than FILE_UPLOAD_MAX_SIZE (" + policy.maxFileSize() + " bytes)");
            }
            if (e instanceof HttpException he) {
                throw he;
            }
            throw new BadRequest("Malformed multipart body: " + e.getMessage(), e);
        }
        fields.replaceAll((k, v) -> List.copyOf(v));
        files.replaceAll((k, v) -> List.copyOf(v));
        return new Result(new Params(java.util.Collections.unmodifiableMap(fields)), java.util.Collections.unmodifiableMap(files));
    }

    private static UploadedFile store(String field, String filename, String type, InputStream in, RequestPolicy policy)
            throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long size = 0;
        OutputStream disk = null;
        Path temp = null;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                size += n;
                if (disk == null && size > policy.fileMemoryThreshold()) {
                    Files.createDirectories(policy.tempDir());
                    temp = Files.createTempFile(policy.tempDir(), "upload-", ".part");
                    disk = Files.newOutputStream(temp);
                    memory.writeTo(disk);
                    memory = null;
                }
                if (disk != null) {
                    disk.write(buf, 0, n);
                } else {
                    memory.write(buf, 0, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            throw e;
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
        return new UploadedFile(field, filename, type, size, memory == null ? null : memory.toByteArray(), temp);
    }

    private static byte[] readLimited(InputStream in, long remaining) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > remaining) {
                throw new RequestTooLarge("Request body exceeded DATA_UPLOAD_MAX_MEMORY_SIZE");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** The last path component of a client file name ("C:\\x\\a.txt" and "../../a.txt" both give "a.txt"). */
    static String baseName(String name) {
        if (name == null) {
            return "";
        }
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(cut + 1).replace("\0", "").trim();
        return base.equals(".") || base.equals("..") ? "" : base;
    }

    private static final class Context implements RequestContext {
        private final String contentType;
        private final long length;
        private final InputStream body;

        Context(String contentType, long length, InputStream body) {
            this.contentType = contentType;
            this.length = length;
            this.body = body;
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public long getContentLength() {
            return length;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** The streaming parser over our own request context; the list-based API is unused. */
    private static final class Upload extends AbstractFileUpload<Context, DiskFileItem, DiskFileItemFactory> {
        @Override
        public FileItemInputIterator getItemIterator(Context request) throws FileUploadException, IOException {
            return super.getItemIterator((RequestContext) request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(Context request) throws FileUploadException {
            return super.parseParameterMap((RequestContext) request);
        }

        @Override
        public List<DiskFileItem> parseRequest(Context request) throws FileUploadException {
            return super.parseRequest((RequestContext) request);
        }
    }
}
