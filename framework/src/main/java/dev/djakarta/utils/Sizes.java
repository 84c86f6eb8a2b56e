package dev.djakarta.utils;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Human-readable byte counts, as Django's filesizeformat writes them. */
public final class Sizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private Sizes() {
    }

    /** "1 byte", "102 bytes", "13.0 KB", "4.1 MB" (units of 1024, one decimal place). */
    public static String human(long bytes) {
        long abs = Math.abs(bytes);
        if (abs < 1024) {
            return bytes + (abs == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + UNITS[unit];
    }
}
