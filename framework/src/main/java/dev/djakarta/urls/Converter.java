package dev.djakarta.urls;

/**
 * A path converter, Django's {@code register_converter}: the regex a URL part must match, how to turn it into a
 * Java value, and back. Register custom ones with {@code Site.converters()}; the built-ins are int, str, slug,
 * uuid and path.
 *
 * @param <T> the Java type views receive
 */
public interface Converter<T> {
    /** A regex for one URL part, without anchors or capturing groups. Compiled once at start-up. */
    String regex();

    /** The value for a matched part. Throw {@link IllegalArgumentException} to make the route not match (404). */
    T toJava(String value);

    /** The URL text for a value (used by reverse; the result is checked against {@link #regex()}). */
    default String toUrl(T value) {
        return String.valueOf(value);
    }

    /** True when a match may contain {@code /} (only {@code path} among the built-ins). */
    default boolean spansSegments() {
        return false;
    }
}
