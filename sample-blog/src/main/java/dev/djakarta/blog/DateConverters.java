package dev.djakarta.blog;

import dev.djakarta.urls.Converter;
import java.util.Map;

/**
 * Zero-padded date parts for post URLs ({@code /2024/03/05/hello/}): Django's FourDigitYearConverter and friends.
 * {@code <yyyy:year>} is four digits, {@code <mm:month>} and {@code <dd:day>} two; views get ints and reverse()
 * pads them again.
 */
final class DateConverters {
    private DateConverters() {
    }

    /** yyyy, mm and dd, for {@code Site.converters()}. */
    static Map<String, Converter<?>> all() {
        return Map.of("yyyy", digits(4), "mm", digits(2), "dd", digits(2));
    }

    private static Converter<Integer> digits(int count) {
        String format = "%0" + count + "d";
        return new Converter<>() {
            public String regex() {
                return "[0-9]{" + count + "}";
            }

            public Integer toJava(String value) {
                return Integer.valueOf(value);
            }

            public String toUrl(Integer value) {
                return String.format(format, value);
            }
        };
    }
}
