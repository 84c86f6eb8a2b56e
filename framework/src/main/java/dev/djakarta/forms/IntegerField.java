package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.util.List;

/**
 * A whole number ("Enter a whole number."), cleaned to an Integer, null when empty. {@code "42.0"} is accepted as 42,
 * as in Django. Values outside the int range are refused with the range message.
 */
public final class IntegerField extends Field<Integer, IntegerField> {
    private Integer minValue;
    private Integer maxValue;

    public IntegerField(String name) {
        super(name, Widget.NUMBER);
    }

    /** "Ensure this value is greater than or equal to 1.". */
    public IntegerField minValue(int min) {
        this.minValue = min;
        return this;
    }

    /** "Ensure this value is less than or equal to 100.". */
    public IntegerField maxValue(int max) {
        this.maxValue = max;
        return this;
    }

    @Override
    protected Integer toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String raw = last(values);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        int dot = s.indexOf('.');
        if (dot >= 0 && s.substring(dot + 1).chars().allMatch(c -> c == '0')) {
            s = s.substring(0, dot);
        }
        if (s.isEmpty() || !s.chars().skip(s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0).allMatch(c -> c >= '0' && c <= '9')
                || s.equals("-") || s.equals("+")) {
            throw error("invalid", "Enter a whole number.");
        }
        long n;
        try {
            n = Long.parseLong(s);
        } catch (NumberFormatException tooLong) {
            n = s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (n > Integer.MAX_VALUE) {
            throw error("max_value", "Ensure this value is less than or equal to " + Integer.MAX_VALUE + ".");
        }
        if (n < Integer.MIN_VALUE) {
            throw error("min_value", "Ensure this value is greater than or equal to " + Integer.MIN_VALUE + ".");
        }
        return (int) n;
    }

    @Override
    protected void check(Integer value, List<FormError> errors) {
        if (maxValue != null && value > maxValue) {
            errors.add(formError("max_value", "Ensure this value is less than or equal to " + maxValue + "."));
        }
        if (minValue != null && value < minValue) {
            errors.add(formError("min_value", "Ensure this value is greater than or equal to " + minValue + "."));
        }
    }

    @Override
    public String min() {
        return minValue == null ? null : minValue.toString();
    }

    @Override
    public String max() {
        return maxValue == null ? null : maxValue.toString();
    }
}
