package dev.djakarta.forms;

import dev.djakarta.http.UploadedFile;
import java.math.BigDecimal;
import java.util.List;

/**
 * A decimal number ("Enter a number."), cleaned to a BigDecimal as typed (scale kept), null when empty. Limits on
 * value, total digits and decimal places use Django's messages.
 */
public final class DecimalField extends Field<BigDecimal, DecimalField> {
    /** Inputs like 1e999999999 are refused before anything computes with them. */
    private static final int MAX_EXPONENT = 1000;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private Integer maxDigits;
    private Integer decimalPlaces;

    public DecimalField(String name) {
        super(name, Widget.NUMBER);
    }

    public DecimalField minValue(String min) {
        this.minValue = new BigDecimal(min);
        return this;
    }

    public DecimalField maxValue(String max) {
        this.maxValue = new BigDecimal(max);
        return this;
    }

    /** At most this many digits in total ("Ensure that there are no more than 5 digits in total."). */
    public DecimalField maxDigits(int digits) {
        this.maxDigits = digits;
        return this;
    }

    /** At most this many digits after the point; also the input's {@code step}. */
    public DecimalField decimalPlaces(int places) {
        this.decimalPlaces = places;
        return this;
    }

    @Override
    protected BigDecimal toValue(List<String> values, List<UploadedFile> files) throws ValidationError {
        String raw = last(values);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(raw.strip());
            if (Math.abs(d.scale()) > MAX_EXPONENT) {
                throw error("invalid", "Enter a number.");
            }
            return d;
        } catch (NumberFormatException e) {
            throw error("invalid", "Enter a number.");
        }
    }

    @Override
    protected void check(BigDecimal value, List<FormError> errors) {
        if (maxValue != null && value.compareTo(maxValue) > 0) {
            errors.add(formError("max_value", "Ensure this value is less than or equal to " + maxValue.toPlainString() + "."));
        }
        if (minValue != null && value.compareTo(minValue) < 0) {
            errors.add(formError("min_value", "Ensure this value is greater than or equal to " + minValue.toPlainString() + "."));
        }
        // Django's DecimalValidator: digits and decimals of the value as written
        int digits;
        int decimals;
        if (value.scale() <= 0) {
            digits = value.signum() == 0 ? 1 : value.precision() - value.scale();
            decimals = 0;
        } else {
            digits = Math.max(value.precision(), value.scale());
            decimals = value.scale();
        }
        int whole = digits - decimals;
        if (maxDigits != null && digits > maxDigits) {
            errors.add(formError("max_digits", "Ensure that there are no more than " + maxDigits + " digit" + (maxDigits == 1 ? "" : "s") + " in total."));
        }
        if (decimalPlaces != null && decimals > decimalPlaces) {
            errors.add(formError("max_decimal_places", "Ensure that there are no more than " + decimalPlaces + " decimal place"
                    + (decimalPlaces == 1 ? "" : "s") + "."));
        }
        if (maxDigits != null && decimalPlaces != null && whole > maxDigits - decimalPlaces) {
            int max = maxDigits - decimalPlaces;
            errors.add(formError("max_whole_digits", "Ensure that there are no more than " + max + " digit" + (max == 1 ? "" : "s")
                    + " before the decimal point."));
        }
    }

    @Override
    protected String format(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    @Override
    public String min() {
        return minValue == null ? null : minValue.toPlainString();
    }

    @Override
    public String max() {
        return maxValue == null ? null : maxValue.toPlainString();
    }

    @Override
    public String step() {
        return decimalPlaces == null ? "any" : BigDecimal.ONE.movePointLeft(decimalPlaces).toPlainString();
    }
}
