package dev.djakarta.server;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Resolver;
import dev.djakarta.utils.Html;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The built-in error pages: plain ones for production (no internals), and Django's technical 404 and 500 pages
 * for DEBUG, with every value HTML-escaped and secrets masked.
 */
final class ErrorPages {
    private static final Map<Integer, String> TITLES = Map.of(400, "Bad Request", 403, "Forbidden", 404, "Not Found",
            405, "Method Not Allowed", 413, "Request Entity Too Large", 429, "Too Many Requests", 500, "Server Error",
            503, "Service Unavailable");
    private static final String STYLE = "<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fff}"
            + "header{background:#ffc;padding:1em 2em;border-bottom:1px solid #ddd}main{padding:1em 2em}"
            + "h1{font-weight:normal;margin:0 0 .3em}table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "th,td{text-align:left;vertical-align:top;padding:2px 10px;border-bottom:1px solid #eee;font-size:13px}"
            + "th{color:#666;font-weight:normal}pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}"
            + "footer{padding:1em 2em;background:#eee;color:#555}ol li{font-family:monospace}"
            + "@media (prefers-color-scheme: dark){body{background:#1d1d1d;color:#ddd}header{background:#443}"
            + "pre{background:#2a2a2a}footer{background:#2a2a2a;color:#aaa}th{color:#aaa}}</style>";

    private final Engine engine;

    ErrorPages(Engine engine) {
        this.engine = engine;
    }

    /** A short page with only the status; {@code detail} is shown only when given (DEBUG). */
    Response plain(int status, String detail) {
        String title = TITLES.getOrDefault(status, "Error");
        String body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " (" + status + ")</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\">" + STYLE + "</head><body><main><h1>" + title + " (" + status
                + ")</h1>" + (detail != null ? "<p>" + Html.escape(detail) + "</p>" : "") + "</main></body></html>\n";
        return Response.html(status, body);
    }

    Response technical404(Request request, Exception e) {
        StringBuilder sb = head("Page not found (404)");
        sb.append("<table><tr><th>Request Method:</th><td>").append(Html.escape(request.method()))
                .append("</td></tr><tr><th>Request URL:</th><td>").append(Html.escape(request.fullPath())).append("</td></tr>");
        if (!(e instanceof ResolverNotFound) && request.routeName() != null) {
            sb.append("<tr><th>Raised by:</th><td>").append(Html.escape(request.routeName())).append("</td></tr>");
        }
        sb.append("</table></header><main>");
        if (e instanceof ResolverNotFound nf) {
            List<Resolver.RouteInfo> routes = engine.resolver().routes();
            sb.append("<p>Using the routes of <code>").append(Html.escape(engine.site().getClass().getName()))
                    .append("</code>, Djakarta tried these URL patterns, in this order:</p><ol>");
            for (Resolver.RouteInfo r : routes) {
                sb.append("<li>").append(Html.escape(r.pattern()));
                if (r.name() != null) {
                    sb.append(" [name='").append(Html.escape(r.name())).append("']");
                }
                sb.append("</li>");
            }
            sb.append("</ol><p>The current path, <code>").append(Html.escape(nf.path.substring(1)))
                    .append("</code>, didn't match any of these.</p>");
            if (engine.staticFiles().url().startsWith("/")) {
                sb.append("<p>Static files are served under <code>").append(Html.escape(engine.staticFiles().url())).append("</code>.</p>");
            }
        } else {
            sb.append("<p>").append(Html.escape(e.getMessage())).append("</p>");
        }
        sb.append("</main>");
        return Response.html(404, foot(sb));
    }

    Response technical500(Request request, Throwable e) {
        StringBuilder sb = head(e.getClass().getSimpleName() + (request.routeName() != null ? " at " + request.routeName() : ""));
        sb.append("<pre class=\"exception_value\">").append(Html.escape(e.getMessage())).append("</pre><table>")
                .append(row("Request Method", request.method()))
                .append(row("Request URL", maskedUrl(request)))
                .append(row("Route", request.routePattern() == null ? "(none)" : request.routePattern()
                        + (request.routeName() != null ? " [name='" + request.routeName() + "']" : "")))
                .append(row("Exception Type", e.getClass().getName()))
                .append(row("Java Version", System.getProperty("java.version")))
                .append("</table></header><main><h2>Traceback</h2><pre>");
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        sb.append(Html.escape(trace.toString())).append("</pre><h2>Request information</h2><h3>GET</h3>");
        params(sb, () -> request.query().asMap());
        sb.append("<h3>POST</h3>");
        params(sb, () -> request.mediaType().contains("form") ? request.form().asMap() : Map.of());
        sb.append("<h3>Headers</h3><table>");
        for (String name : request.raw().headerNames()) {
            String value = String.join(", ", request.raw().headers(name));
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean hide = lower.equals("cookie") || lower.equals("authorization") || lower.equals("proxy-authorization")
                    || Settings.isSecret(name);
            sb.append(row(name, hide ? "********************" : value));
        }
        sb.append("</table><h2>Settings</h2><table>");
        engine.settings().masked().forEach((k, v) -> sb.append(row(k, v)));
        sb.append("</table></main>");
        return Response.html(500, foot(sb));
    }

    /** The path and query with secret-looking parameters (password, token, ...) masked. */
    private static String maskedUrl(Request request) {
        try {
            dev.djakarta.http.Params query = request.query();
            if (query.isEmpty()) {
                return request.path();
            }
            java.util.Map<String, List<String>> shown = new java.util.LinkedHashMap<>();
            query.asMap().forEach((k, v) -> shown.put(k, Settings.isSecret(k) ? List.of("********") : v));
            return request.path() + "?" + dev.djakarta.http.Params.of(shown).urlencode();
        } catch (RuntimeException e) {
            return request.raw().rawPath();
        }
    }

    private static void params(StringBuilder sb, java.util.function.Supplier<Map<String, List<String>>> source) {
        Map<String, List<String>> map;
        try {
            map = source.get();
        } catch (RuntimeException e) {
            sb.append("<p>(could not be parsed: ").append(Html.escape(e.getMessage())).append(")</p>");
            return;
        }
        if (map.isEmpty()) {
            sb.append("<p>No data.</p>");
            return;
        }
        sb.append("<table>");
        map.forEach((k, v) -> sb.append(row(k, Settings.isSecret(k) ? "********************" : String.join(", ", v))));
        sb.append("</table>");
    }

    private static String row(String name, String value) {
        return "<tr><th>" + Html.escape(name) + "</th><td>" + Html.escape(value) + "</td></tr>";
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(8192).append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"robots\" content=\"NONE,NOARCHIVE\"><title>").append(Html.escape(title))
                .append("</title>").append(STYLE).append("</head><body><header><h1>").append(Html.escape(title)).append("</h1>");
    }

    private static String foot(StringBuilder sb) {
        return sb.append("<footer><p>You're seeing this error because you have <code>DEBUG = true</code> in your settings. ")
                .append("Change that to <code>false</code>, and Djakarta will display a standard page.</p></footer></body></html>\n")
                .toString();
    }
}
