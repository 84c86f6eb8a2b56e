package dev.djakarta.templates;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Number reading and grouping shared by the filters. */
final class Numbers {
    private Numbers() {
    }

    /** The value as a decimal: numbers exactly, strings parsed; null for null, NaN, infinities and non-numbers. */
    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** "-1234567.5" gives "-1,234,567.5". */
    static String groupThousands(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 3);
        out.append(plain, 0, sign);
        for (int i = sign; i < end; i++) {
            if (i > sign && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
