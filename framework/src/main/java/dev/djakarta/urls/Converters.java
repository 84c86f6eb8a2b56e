package dev.djakarta.urls;

import java.util.Map;
import java.util.UUID;

/** The built-in converters, as in Django. */
public final class Converters {
    private Converters() {
    }

    /** {@code [0-9]+} as Integer; a number too large for an int does not match (404). */
    public static final Converter<Integer> INT = new Converter<>() {
        public String regex() {
            return "[0-9]+";
        }

        public Integer toJava(String value) {
            return Integer.valueOf(value); // NumberFormatException is an IllegalArgumentException: no match
        }
    };

    /** Any non-empty text without {@code /}. */
    public static final Converter<String> STR = simple("[^/]+");

    /** ASCII letters, digits, hyphens and underscores. */
    public static final Converter<String> SLUG = simple("[-a-zA-Z0-9_]+");

    /** Any non-empty text, {@code /} included. */
    public static final Converter<String> PATH = new Converter<>() {
        public String regex() {
            return ".+";
        }

        public String toJava(String value) {
            return value;
        }

        public boolean spansSegments() {
            return true;
        }
    };

    /** A lower-case, hyphenated UUID. */
    public static final Converter<UUID> UUID_CONVERTER = new Converter<>() {
        public String regex() {
            return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        }

        public UUID toJava(String value) {
            return UUID.fromString(value);
        }
    };

    /** int, str, slug, path, uuid. */
    public static final Map<String, Converter<?>> BUILT_IN =
            Map.of("int", INT, "str", STR, "slug", SLUG, "path", PATH, "uuid", UUID_CONVERTER);

    private static Converter<String> simple(String regex) {
        return new Converter<>() {
            public String regex() {
                return regex;
            }

            public String toJava(String value) {
                return value;
            }
        };
    }
}
