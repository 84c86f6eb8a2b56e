package dev.djakarta.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict percent-decoding and encoding. The JDK's URLDecoder silently turns invalid UTF-8 into U+FFFD; we refuse
 * it instead (a 400), so a malformed request never reaches a view as garbled text.
 */
public final class UrlCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlCodec() {
    }

    /**
     * Decodes {@code %XX} escapes (and {@code +} as space when {@code plusIsSpace}) and the resulting bytes as UTF-8.
     *
     * @throws BadRequest on a truncated or non-hex escape, or bytes that are not valid UTF-8
     */
    public static String decode(String s, boolean plusIsSpace) {
        int first = firstSpecial(s, plusIsSpace);
        if (first < 0) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        int n = 0;
        boolean nonAscii = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new BadRequest("Malformed percent-encoding in '" + s + "'");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new BadRequest("Malformed percent-encoding in '" + s + "'");
                }
                bytes[n++] = (byte) ((hi << 4) | lo);
                nonAscii |= hi >= 8;
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                // Already-decoded non-ASCII text (containers may hand us that): keep it as UTF-8.
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (n + utf8.length > bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 + utf8.length);
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
                nonAscii = true;
            }
        }
        if (!nonAscii) {
            return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        return utf8Strict(bytes, n);
    }

    /** Decodes bytes as UTF-8, refusing malformed input with a {@link BadRequest}. */
    public static String utf8Strict(byte[] bytes, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("Invalid UTF-8 in request");
        }
    }

    private static int firstSpecial(String s, boolean plusIsSpace) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || (plusIsSpace && c == '+') || c >= 0x80) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Parses {@code a=1&b=2&a=3} (query strings and urlencoded bodies) into ordered multi-valued parameters.
     *
     * @throws BadRequest on malformed encoding, or more than {@code maxFields} fields (when {@code maxFields >= 0})
     */
    public static Params parseQuery(String query, int maxFields) {
        if (query == null || query.isEmpty()) {
            return Params.empty();
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        int fields = 0;
        int start = 0;
        int len = query.length();
        while (start <= len) {
            int amp = query.indexOf('&', start);
            if (amp < 0) {
                amp = len;
            }
            if (amp > start) {
                if (maxFields >= 0 && ++fields > maxFields) {
                    throw new BadRequest("The number of GET/POST parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS ("
                            + maxFields + ")");
                }
                String pair = query.substring(start, amp);
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
                map.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = amp + 1;
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Params(java.util.Collections.unmodifiableMap(map));
    }

    /** Encodes a query-string name or value (space as {@code %20}, unreserved characters kept). */
    public static String encodeQueryComponent(String s) {
        return encode(s, "-_.~");
    }

    /**
     * Encodes text for a URL path: like Django's iri_to_uri, keeps unreserved characters and {@code /} plus the
     * sub-delimiters that are safe in a path segment.
     */
    public static String encodePath(String s) {
        return encode(s, "-_.~/!$&'()*+,;=:@");
    }

    /** Encodes text for one path segment: like {@link #encodePath} but {@code /} is encoded. */
    public static String encodePathSegment(String s) {
        return encode(s, "-_.~!$&'()*+,;=:@");
    }

    private static String encode(String s, String safe) {
        StringBuilder sb = null;
        byte[] bytes = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.indexOf(c) >= 0;
            if (keep) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < s.length()) {
                end++;
            }
            bytes = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return sb == null ? s : sb.toString();
    }
}
