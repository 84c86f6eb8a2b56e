package dev.djakarta.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.djakarta.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** How shared backends store values: JSON via Jackson, byte arrays as base64, read back as the type asked for. */
final class Serializer {
    private Serializer() {
    }

    static String write(Object value) {
        if (value instanceof byte[] bytes) {
            return "b:" + Base64.getEncoder().encodeToString(bytes);
        }
        try {
            return "j:" + Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot cache a " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String stored, Class<T> type) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("b:")) {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(2));
            return type == String.class ? type.cast(new String(bytes, StandardCharsets.UTF_8)) : type.cast(bytes);
        }
        try {
            return Json.MAPPER.readValue(stored.substring(2), type);
        } catch (IOException e) {
            return null; // written by another version of the code: a miss, not an error
        }
    }
}
