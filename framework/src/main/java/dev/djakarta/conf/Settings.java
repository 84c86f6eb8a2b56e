package dev.djakarta.conf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's settings, Django's {@code django.conf.settings}: immutable key/value data read once at start-up.
 *
 * <p>Layers, later wins: the framework's {@code defaults.properties} &lt; {@code settings.properties} on the
 * project's classpath &lt; the environment ({@code DJAKARTA_<NAME>}, plus the conventional {@code DATABASE_URL})
 * &lt; JVM system properties with the same {@code DJAKARTA_<NAME>} names &lt; explicit overrides (tests).
 *
 * <p>Typed getters throw {@link ImproperlyConfigured} with one line naming the setting, the bad value and where to
 * fix it; the engine reads every setting it uses at start-up, so a bad value stops start-up, never a request.
 */
public final class Settings {
    /** Settings that are secret: masked on the debug page and in {@code check} output. */
    private static final java.util.regex.Pattern SECRET =
            java.util.regex.Pattern.compile("API|TOKEN|KEY|SECRET|PASS|SIGNATURE|CREDENTIAL", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String ENV_PREFIX = "DJAKARTA_";
    private static final Set<String> CONVENTIONAL_ENV = Set.of("DATABASE_URL");

    private final Map<String, String> values;
    private final Map<String, String> sources;

    private Settings(Map<String, String> values, Map<String, String> sources) {
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
    }

    /** Loads all layers with the given class loader (for the classpath files) and no overrides. */
    public static Settings load(ClassLoader loader) {
        return load(loader, Map.of());
    }

    /**
     * Loads all layers, then applies {@code overrides} on top (used by tests and by tools).
     *
     * @throws ImproperlyConfigured if a properties file cannot be read
     */
    public static Settings load(ClassLoader loader, Map<String, String> overrides) {
        return load(loader, System.getenv(), System.getProperties(), overrides);
    }

    static Settings load(ClassLoader loader, Map<String, String> env, Properties system, Map<String, String> overrides) {
        return load(loader, env, system, overrides, true);
    }

    private static Settings load(ClassLoader loader, Map<String, String> env, Properties system, Map<String, String> overrides,
                                 boolean projectFile) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        readProperties(loader, "dev/djakarta/conf/defaults.properties", "defaults", values, sources);
        if (projectFile) {
            readProperties(loader, "settings.properties", "settings.properties", values, sources);
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                put(values, sources, name.substring(ENV_PREFIX.length()), value, "environment " + name);
            } else if (CONVENTIONAL_ENV.contains(name)) {
                put(values, sources, name, value, "environment " + name);
            }
        });
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                put(values, sources, name.substring(ENV_PREFIX.length()), system.getProperty(name), "system property " + name);
            }
        }
        overrides.forEach((name, value) -> put(values, sources, name, value, "override"));
        return new Settings(values, sources);
    }

    /** Settings made only of the framework's defaults and the given values; no files, no environment. */
    public static Settings of(Map<String, String> values) {
        return load(Settings.class.getClassLoader(), Map.of(), new Properties(), values, false);
    }

    /** A copy with {@code overrides} applied on top. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(values);
        Map<String, String> s = new LinkedHashMap<>(sources);
        overrides.forEach((name, value) -> put(v, s, name, value, "override"));
        return new Settings(v, s);
    }

    private static void put(Map<String, String> values, Map<String, String> sources, String name, String value, String source) {
        values.put(name, value == null ? "" : value.trim());
        sources.put(name, source);
    }

    private static void readProperties(ClassLoader loader, String resource, String label,
                                       Map<String, String> values, Map<String, String> sources) {
        URL url = loader.getResource(resource);
        if (url == null) {
            return;
        }
        Properties props = new Properties();
        try (InputStream in = url.openStream()) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImproperlyConfigured("Cannot read " + url + ": " + e.getMessage(), e);
        }
        for (String name : props.stringPropertyNames()) {
            put(values, sources, name, props.getProperty(name), label);
        }
    }

    /** True if the setting is present in any layer (even if empty). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The raw value, or {@code ""} when the setting is absent. Never null. */
    public String string(String name) {
        return values.getOrDefault(name, "");
    }

    /** The raw value, or {@code fallback} when absent or empty. */
    public String string(String name, String fallback) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** {@code true/false} (also yes/no, on/off, 1/0); absent or empty is false. */
    public boolean bool(String name) {
        String v = string(name).toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "true": case "yes": case "on": case "1": return true;
            case "false": case "no": case "off": case "0": case "": return false;
            default: throw invalid(name, "expected true or false");
        }
    }

    /** An int; absent or empty gives {@code fallback}. */
    public int integer(String name, int fallback) {
        String v = string(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw invalid(name, "expected a whole number");
        }
    }

    /** A long; absent or empty gives {@code fallback}. */
    public long longValue(String name, long fallback) {
        String v = string(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw invalid(name, "expected a whole number");
        }
    }

    /** A comma-separated list, entries trimmed, empty entries dropped. Absent gives an empty list. */
    public List<String> list(String name) {
        String v = string(name);
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : v.split(",")) {
            if (!item.isBlank()) {
                out.add(item.trim());
            }
        }
        return List.copyOf(out);
    }

    /** Where the current value of a setting came from ("defaults", "settings.properties", "environment ..."). */
    public String source(String name) {
        return sources.getOrDefault(name, "unset");
    }

    /** All setting names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(values.keySet()));
    }

    /** True for settings whose values must never be shown (keys, passwords, tokens). */
    public static boolean isSecret(String name) {
        return SECRET.matcher(name).find();
    }

    /** Values for display: secrets replaced by asterisks, like Django's SafeExceptionReporterFilter. */
    public Map<String, String> masked() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names()) {
            String v = values.get(name);
            out.put(name, isSecret(name) && !v.isEmpty() ? "********************" : maskUrlPassword(v));
        }
        return out;
    }

    /** Hides the password of a URL such as postgres://user:secret@host/db. */
    static String maskUrlPassword(String value) {
        return value.replaceAll("(://[^:/@\\s]+:)[^@/\\s]+@", "$1********@");
    }

    /**
     * An {@link ImproperlyConfigured} naming the setting, its value, where it came from and the fix.
     * For use by every component that reads a setting.
     */
    public ImproperlyConfigured invalid(String name, String expectation) {
        String value = isSecret(name) ? "(hidden)" : "'" + string(name) + "'";
        return new ImproperlyConfigured("Setting " + name + " has invalid value " + value + " (from " + source(name)
                + "): " + expectation + ". Fix it in settings.properties or " + ENV_PREFIX + name + ".");
    }

    @Override
    public String toString() {
        return "Settings" + Arrays.toString(masked().entrySet().toArray());
    }
}
