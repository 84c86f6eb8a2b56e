package dev.djakarta.conf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The {@code check --deploy} warnings, after Django's security checks: things that are fine in development and
 * dangerous in production. Later subsystems (sessions, CSRF, security headers) add their own.
 */
public final class DeployChecks {
    private DeployChecks() {
    }

    public static List<Check> run(Settings settings) {
        List<Check> out = new ArrayList<>();
        if (settings.bool("DEBUG")) {
            out.add(Check.warning("security.W018", "You should not have DEBUG set to true in deployment.",
                    "Set DJAKARTA_DEBUG=false in the production environment."));
        }
        String key = settings.string("SECRET_KEY");
        if (key.length() < 50 || new HashSet<>(List.of(key.split(""))).size() < 5 || key.startsWith("django-insecure-")
                || key.startsWith("djakarta-insecure-")) {
            out.add(Check.warning("security.W009", "Your SECRET_KEY has less than 50 characters, less than 5 unique "
                    + "characters, or is a development key.", "Generate a long random key, e.g. `openssl rand -base64 48`, "
                    + "and set it as DJAKARTA_SECRET_KEY."));
        }
        if (settings.list("ALLOWED_HOSTS").isEmpty()) {
            out.add(Check.warning("security.W020", "ALLOWED_HOSTS must not be empty in deployment.",
                    "Set DJAKARTA_ALLOWED_HOSTS to the site's host names, e.g. example.com,www.example.com."));
        }
        List<String> middleware = settings.list("MIDDLEWARE");
        boolean sessions = middleware.contains("dev.djakarta.sessions.SessionMiddleware");
        boolean csrf = middleware.contains("dev.djakarta.security.CsrfMiddleware");
        if (!middleware.contains("dev.djakarta.security.SecurityMiddleware")) {
            out.add(Check.warning("security.W001", "You do not have dev.djakarta.security.SecurityMiddleware in MIDDLEWARE, so "
                    + "the security headers and HTTPS settings have no effect.", "Add it first in MIDDLEWARE."));
        } else {
            if (settings.longValue("SECURE_HSTS_SECONDS", 0) == 0) {
                out.add(Check.warning("security.W004", "You have not set a value for SECURE_HSTS_SECONDS.",
                        "If the site is served only over HTTPS, set DJAKARTA_SECURE_HSTS_SECONDS (e.g. 31536000); read about HSTS first."));
            }
            if (!settings.bool("SECURE_SSL_REDIRECT")) {
                out.add(Check.warning("security.W008", "SECURE_SSL_REDIRECT is not true: HTTP requests are not redirected to HTTPS.",
                        "Set DJAKARTA_SECURE_SSL_REDIRECT=true, unless a proxy in front already redirects."));
            }
        }
        if (!middleware.contains("dev.djakarta.security.XFrameOptionsMiddleware")) {
            out.add(Check.warning("security.W002", "You do not have XFrameOptionsMiddleware in MIDDLEWARE: pages can be framed "
                    + "(clickjacking).", "Add dev.djakarta.security.XFrameOptionsMiddleware to MIDDLEWARE."));
        }
        if (!csrf) {
            out.add(Check.warning("security.W003", "You do not have CsrfMiddleware in MIDDLEWARE: forms are not protected "
                    + "against cross-site request forgery.", "Add dev.djakarta.security.CsrfMiddleware to MIDDLEWARE."));
        } else if (!settings.bool("CSRF_COOKIE_SECURE") && !settings.bool("CSRF_USE_SESSIONS")) {
            out.add(Check.warning("security.W016", "CSRF_COOKIE_SECURE is not true: the CSRF cookie is sent over plain HTTP too.",
                    "Set DJAKARTA_CSRF_COOKIE_SECURE=true when the site is served over HTTPS."));
        }
        if (sessions && !settings.bool("SESSION_COOKIE_SECURE")) {
            out.add(Check.warning("security.W012", "SESSION_COOKIE_SECURE is not true: the session cookie can be stolen on plain HTTP.",
                    "Set DJAKARTA_SESSION_COOKIE_SECURE=true when the site is served over HTTPS."));
        }
        if (sessions && !settings.string("SESSION_COOKIE_HTTPONLY").isEmpty() && !settings.bool("SESSION_COOKIE_HTTPONLY")) {
            out.add(Check.warning("security.W013", "SESSION_COOKIE_HTTPONLY is false: scripts can read the session cookie.",
                    "Set DJAKARTA_SESSION_COOKIE_HTTPONLY=true."));
        }
        out.addAll(sharedNothing(settings));
        return out;
    }

    /** With INSTANCES above 1, state kept inside one process breaks the others (Django's shared-nothing promise). */
    static List<Check> sharedNothing(Settings settings) {
        List<Check> out = new ArrayList<>();
        int instances = settings.integer("INSTANCES", 1);
        if (instances <= 1) {
            return out;
        }
        String db = settings.string("DATABASE_URL", "h2:file:./var/db");
        if (db.startsWith("h2:") || db.startsWith("jdbc:h2:")) {
            out.add(Check.warning("djakarta.W101", "INSTANCES=" + instances + " but DATABASE_URL is an embedded H2 database, which "
                    + "each instance would have to itself.", "Point every instance at one PostgreSQL or MariaDB server."));
        }
        for (String name : settings.list("CACHES")) {
            String backend = settings.string("CACHE_" + name.toUpperCase(java.util.Locale.ROOT) + "_BACKEND", "locmem");
            if (backend.equals("locmem") || backend.equals("local")) {
                out.add(Check.warning("djakarta.W102", "INSTANCES=" + instances + " but cache '" + name + "' is local memory: "
                        + "instances will serve stale pages and miss each other's invalidations.",
                        "Set CACHE_" + name.toUpperCase(java.util.Locale.ROOT) + "_BACKEND=redis and its LOCATION."));
            }
        }
        String throttleCache = settings.string("LOGIN_THROTTLE_CACHE");
        boolean throttleShared = !throttleCache.isEmpty() && settings.string("CACHE_" + throttleCache.toUpperCase(java.util.Locale.ROOT)
                + "_BACKEND", "locmem").equals("redis");
        if (settings.integer("LOGIN_THROTTLE_ATTEMPTS", 5) > 0 && !throttleShared) {
            out.add(Check.warning("djakarta.W103", "INSTANCES=" + instances + ": login throttling counts failures per process, "
                    + "so an attacker gets LOGIN_THROTTLE_ATTEMPTS tries on each instance.",
                    "Set LOGIN_THROTTLE_CACHE to the name of a Redis cache."));
        }
        if (!settings.string("MEDIA_ROOT").isEmpty()) {
            out.add(Check.warning("djakarta.W104", "INSTANCES=" + instances + " but uploads are stored under MEDIA_ROOT on this "
                    + "machine's disk; other instances will not find them.", "Store uploads on shared storage."));
        }
        return out;
    }
}
