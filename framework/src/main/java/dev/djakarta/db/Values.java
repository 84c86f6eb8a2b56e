package dev.djakarta.db;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Converts lookup values to a field's Java type, the way Django's get_prep_value does: strings from requests
 * become numbers, dates, UUIDs, booleans and enums; anything that does not fit is a {@link FieldError} naming
 * the field and the value (a 400 when it came from a request), never a SQL error.
 */
final class Values {
    private Values() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object coerce(Class<?> type, Object value, String model, String field) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        try {
            if (value instanceof Number n && Number.class.isAssignableFrom(type)) {
                return number(type, n.toString());
            }
            if (value instanceof LocalDateTime local) {
                // a form's date-time (no zone) for a zoned column: read as UTC, as the admin and forms show them
                if (type == Instant.class) {
                    return local.toInstant(java.time.ZoneOffset.UTC);
                }
                if (type == OffsetDateTime.class) {
                    return local.atOffset(java.time.ZoneOffset.UTC);
                }
                if (type == ZonedDateTime.class) {
                    return local.atZone(java.time.ZoneOffset.UTC);
                }
            }
            if (value instanceof String s) {
                String t = s.trim();
                if (Number.class.isAssignableFrom(type)) {
                    return number(type, t);
                }
                if (type == Boolean.class) {
                    return switch (t.toLowerCase(java.util.Locale.ROOT)) {
                        case "true", "1", "yes", "on" -> Boolean.TRUE;
                        case "false", "0", "no", "off" -> Boolean.FALSE;
                        default -> throw new IllegalArgumentException();
                    };
                }
                if (type == UUID.class) {
                    return UUID.fromString(t);
                }
                if (type == LocalDate.class) {
                    return LocalDate.parse(t);
                }
                if (type == LocalDateTime.class) {
                    return LocalDateTime.parse(t);
                }
                if (type == LocalTime.class) {
                    return LocalTime.parse(t);
                }
                if (type == Instant.class) {
                    return Instant.parse(t);
                }
                if (type == OffsetDateTime.class) {
                    return OffsetDateTime.parse(t);
                }
                if (type == ZonedDateTime.class) {
                    return ZonedDateTime.parse(t);
                }
                if (type.isEnum()) {
                    return Enum.valueOf((Class<Enum>) type, t);
                }
                if (type == Character.class && t.length() == 1) {
                    return t.charAt(0);
                }
            }
            if (type == String.class && (value instanceof Number || value instanceof Boolean || value instanceof Character
                    || value instanceof UUID || value instanceof Enum<?>)) {
                return value.toString();
            }
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw mismatch(type, value, model, field);
        }
        throw mismatch(type, value, model, field);
    }

    private static Object number(Class<?> type, String s) {
        if (type == Integer.class) {
            return Integer.valueOf(new BigDecimal(s).intValueExact());
        }
        if (type == Long.class) {
            return Long.valueOf(new BigDecimal(s).longValueExact());
        }
        if (type == Short.class) {
            return Short.valueOf(new BigDecimal(s).shortValueExact());
        }
        if (type == Byte.class) {
            return Byte.valueOf(new BigDecimal(s).byteValueExact());
        }
        if (type == Double.class) {
            return Double.valueOf(s);
        }
        if (type == Float.class) {
            return Float.valueOf(s);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(s);
        }
        if (type == BigInteger.class) {
            return new BigDecimal(s).toBigIntegerExact();
        }
        throw new IllegalArgumentException();
    }

    private static FieldError mismatch(Class<?> type, Object value, String model, String field) {
        String expected = Number.class.isAssignableFrom(type) ? "a number" : type == Boolean.class ? "true or false"
                : type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                : "a " + type.getSimpleName();
        return new FieldError("Field '" + field + "' of " + model + " expected " + expected + " but got '" + value + "'.");
    }
}
