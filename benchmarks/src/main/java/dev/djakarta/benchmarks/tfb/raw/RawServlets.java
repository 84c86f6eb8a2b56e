package dev.djakarta.benchmarks.tfb.raw;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.djakarta.benchmarks.tfb.Tfb;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The raw baseline's servlets, one per test type: the least code that follows the rules. Each sets the
 * {@code Server} header itself (Jetty adds {@code Date}), exactly as the Djakarta app's ServerHeader middleware does.
 */
final class RawServlets {
    static final String SERVER = "Jetty";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] HELLO = Tfb.HELLO.getBytes(StandardCharsets.UTF_8);
    private static final Comparator<Fortune> BY_MESSAGE = Comparator.comparing(Fortune::getMessage, Tfb.CODE_POINT_ORDER);

    private RawServlets() {
    }

    static void send(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setHeader("Server", SERVER);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void sendJson(HttpServletResponse response, Object value) throws IOException {
        send(response, "application/json", MAPPER.writeValueAsBytes(value));
    }

    /** All fortunes plus the one added at request time, in code-point order of their messages. */
    static List<Fortune> sortedFortunes(RawDatabase db) throws SQLException {
        List<Fortune> fortunes = db.fortunes();
        fortunes.add(new Fortune(0, Tfb.ADDITIONAL_FORTUNE));
        fortunes.sort(BY_MESSAGE);
        return fortunes;
    }

    static final class Plaintext extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            send(response, "text/plain", HELLO);
        }
    }

    static final class Json extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            sendJson(response, Map.of("message", Tfb.HELLO));
        }
    }

    /** Base of the servlets that use the database: turns a SQLException into a 500. */
    abstract static class DatabaseServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final transient RawDatabase db;

        DatabaseServlet(RawDatabase db) {
            this.db = db;
        }

        @Override
        protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                get(request, response);
            } catch (SQLException e) {
                response.reset();
                response.setHeader("Server", SERVER);
                response.sendError(500, e.getMessage());
            }
        }

        abstract void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException;
    }

    static final class Db extends DatabaseServlet {
        private static final long serialVersionUID = 1L;

        Db(RawDatabase db) {
            super(db);
        }

        @Override
        void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
            sendJson(response, db.world(Tfb.randomId()));
        }
    }

    static final class Queries extends DatabaseServlet {
        private static final long serialVersionUID = 1L;

        Queries(RawDatabase db) {
            super(db);
        }

        @Override
        void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
            sendJson(response, db.worlds(Tfb.randomIds(Tfb.queries(request.getParameter("queries")))));
        }
    }

    static final class Updates extends DatabaseServlet {
        private static final long serialVersionUID = 1L;

        Updates(RawDatabase db) {
            super(db);
        }

        @Override
        void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
            sendJson(response, db.update(Tfb.sortedRandomIds(Tfb.queries(request.getParameter("queries")))));
        }
    }

    /** The absolute limit: the page written by hand into a StringBuilder, with hand-written escaping. */
    static final class Fortunes extends DatabaseServlet {
        private static final long serialVersionUID = 1L;

        Fortunes(RawDatabase db) {
            super(db);
        }

        @Override
        void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
            StringBuilder html = new StringBuilder(1536)
                    .append("<!doctype html><html>\n<head><title>Fortunes</title></head>\n<body><table>\n")
                    .append("<tr><th>id</th><th>message</th></tr>\n");
            for (Fortune fortune : sortedFortunes(db)) {
                html.append("<tr><td>").append(fortune.getId()).append("</td><td>");
                escape(html, fortune.getMessage());
                html.append("</td></tr>\n");
            }
            html.append("</table></body></html>\n");
            send(response, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
        }

        static void escape(StringBuilder out, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&apos;");
                    default -> out.append(c);
                }
            }
        }
    }

    /** The template-engine limit: the same template as the Djakarta app, through Thymeleaf called directly. */
    static final class FortunesThymeleaf extends DatabaseServlet {
        private static final long serialVersionUID = 1L;
        private final transient RawTemplates templates;

        FortunesThymeleaf(RawDatabase db, RawTemplates templates) {
            super(db);
            this.templates = templates;
        }

        @Override
        void get(HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
            String html = templates.render("bench/fortunes.html", Map.of("fortunes", sortedFortunes(db)));
            send(response, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
