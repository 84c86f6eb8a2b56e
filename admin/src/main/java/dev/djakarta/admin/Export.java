package dev.djakarta.admin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.djakarta.db.QuerySet;
import dev.djakarta.http.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exports objects with the changelist's columns, streamed in batches so a long list never sits in memory: CSV
 * (RFC 4180, cells that a spreadsheet would run as a formula prefixed with {@code '}) or a JSON array of objects.
 */
final class Export {
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {
    }

    static <T> Response csv(ModelAdmin<T> admin, QuerySet<T> objects) {
        List<String> columns = admin.listDisplay();
        Response response = Response.stream("text/csv; charset=utf-8", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (int i = 0; i < columns.size(); i++) {
                w.write((i > 0 ? "," : "") + cell(Display.label(admin, columns.get(i))));
            }
            w.write("\r\n");
            forEach(objects, o -> {
                for (int i = 0; i < columns.size(); i++) {
                    Object v = Display.value(admin, o, columns.get(i));
                    w.write((i > 0 ? "," : "") + cell(v == null ? "" : Display.text(v)));
                }
                w.write("\r\n");
            });
            w.flush();
        });
        return response.header("Content-Disposition", Response.contentDisposition(true, admin.modelName() + ".csv"));
    }

    static <T> Response json(ModelAdmin<T> admin, QuerySet<T> objects) {
        List<String> columns = admin.listDisplay();
        Response response = Response.stream(Response.JSON, out -> {
            JsonGenerator g = JSON.getFactory().createGenerator(nonClosing(out));
            g.writeStartArray();
            forEach(objects, o -> {
                g.writeStartObject();
                for (String c : columns) {
                    Object v = Display.value(admin, o, c);
                    g.writeFieldName(c);
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Number || v instanceof Boolean) {
                        g.writeObject(v);
                    } else {
                        g.writeString(Display.text(v));
                    }
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.flush();
        });
        return response.header("Content-Disposition", Response.contentDisposition(true, admin.modelName() + ".json"));
    }

    interface RowWriter<T> {
        void write(T object) throws IOException;
    }

    private static <T> void forEach(QuerySet<T> objects, RowWriter<T> writer) throws IOException {
        for (int from = 0; ; from += BATCH) {
            List<T> batch = objects.slice(from, from + BATCH).list();
            for (T o : batch) {
                writer.write(o);
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    static String cell(String text) {
        String t = text;
        if (!t.isEmpty() && "=+@\t\r".indexOf(t.charAt(0)) >= 0 || t.startsWith("-") && !t.matches("-[0-9.]+")) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
