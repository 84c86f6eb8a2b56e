package dev.djakarta.forms;

import static dev.djakarta.forms.TextFieldsTest.clean;
import static dev.djakarta.forms.TextFieldsTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers, booleans, dates and choices: conversion, limits and Django's messages. */
class ValueFieldsTest {
    @Test
    void integerFieldParsesWholeNumbers() throws ValidationError {
        assertThat(clean(new IntegerField("n"), " 42 ")).isEqualTo(42);
        assertThat(clean(new IntegerField("n"), "-7")).isEqualTo(-7);
        assertThat(clean(new IntegerField("n"), "42.00")).isEqualTo(42);
        assertThat(clean(new IntegerField("n").required(false), "")).isNull();
    }

    @Test
    void integerFieldRefusesOtherText() {
        for (String bad : List.of("abc", "4.5", "1e3", "-", "12abc", "0x10")) {
            assertThat(errors(new IntegerField("n"), bad)).as(bad).containsExactly("Enter a whole number.");
        }
    }

    @Test
    void integerFieldChecksItsRange() {
        IntegerField field = new IntegerField("n").minValue(1).maxValue(10);

        assertThat(errors(field, "11")).containsExactly("Ensure this value is less than or equal to 10.");
        assertThat(errors(field, "0")).containsExactly("Ensure this value is greater than or equal to 1.");
        assertThat(errors(new IntegerField("n"), "99999999999999999999999"))
                .containsExactly("Ensure this value is less than or equal to 2147483647.");
    }

    @Test
    void decimalFieldKeepsTheNumberAsTyped() throws ValidationError {
        assertThat(clean(new DecimalField("price"), "12.50")).isEqualTo(new BigDecimal("12.50"));
        assertThat(errors(new DecimalField("price"), "twelve")).containsExactly("Enter a number.");
        assertThat(errors(new DecimalField("price"), "NaN")).containsExactly("Enter a number.");
        assertThat(errors(new DecimalField("price"), "1e999999999")).containsExactly("Enter a number.");
    }

    @Test
    void decimalFieldLimitsDigitsLikeDjango() {
        DecimalField price = new DecimalField("price").maxDigits(5).decimalPlaces(2);

        assertThat(errors(price, "123.456")).contains("Ensure that there are no more than 2 decimal places.");
        assertThat(errors(price, "1234.5")).containsExactly("Ensure that there are no more than 3 digits before the decimal point.");
        assertThat(errors(price, "123456")).contains("Ensure that there are no more than 5 digits in total.");
        assertThat(errors(price, "999.99")).isEmpty();
        assertThat(errors(new DecimalField("p").maxValue("9.99"), "10")).containsExactly("Ensure this value is less than or equal to 9.99.");
    }

    @Test
    void booleanFieldReadsCheckboxes() throws ValidationError {
        BooleanField optional = new BooleanField("subscribe").required(false);

        assertThat(clean(optional, "on")).isTrue();
        assertThat(clean(optional)).isFalse();
        assertThat(clean(optional, "false")).isFalse();
        assertThat(clean(optional, "0")).isFalse();
    }

    @Test
    void requiredBooleanFieldMustBeChecked() {
        assertThat(errors(new BooleanField("terms"))).containsExactly("This field is required.");
        assertThat(errors(new BooleanField("terms"), "false")).containsExactly("This field is required.");
    }

    @Test
    void dateFieldAcceptsDjangosInputFormats() throws ValidationError {
        LocalDate expected = LocalDate.of(2026, 1, 31);

        assertThat(clean(new DateField("d"), "2026-01-31")).isEqualTo(expected);
        assertThat(clean(new DateField("d"), "01/31/2026")).isEqualTo(expected);
        assertThat(clean(new DateField("d"), "01/31/26")).isEqualTo(expected);
        assertThat(errors(new DateField("d"), "2026-02-30")).containsExactly("Enter a valid date.");
        assertThat(errors(new DateField("d"), "yesterday")).containsExactly("Enter a valid date.");
    }

    @Test
    void dateTimeFieldAcceptsIsoWithTOrSpace() throws ValidationError {
        assertThat(clean(new DateTimeField("t"), "2026-01-31T13:30")).isEqualTo(LocalDateTime.of(2026, 1, 31, 13, 30));
        assertThat(clean(new DateTimeField("t"), "2026-01-31 13:30:15")).isEqualTo(LocalDateTime.of(2026, 1, 31, 13, 30, 15));
        assertThat(clean(new DateTimeField("t"), "2026-01-31")).isEqualTo(LocalDateTime.of(2026, 1, 31, 0, 0));
        assertThat(errors(new DateTimeField("t"), "2026-01-31 25:00")).containsExactly("Enter a valid date/time.");
    }

    @Test
    void choiceFieldAcceptsOnlyItsOptions() throws ValidationError {
        ChoiceField status = new ChoiceField("status").choices("draft", "Draft", "published", "Published");

        assertThat(clean(status, "draft")).isEqualTo("draft");
        assertThat(errors(status, "x")).containsExactly("Select a valid choice. x is not one of the available choices.");
        assertThat(errors(status)).containsExactly("This field is required.");
    }

    @Test
    void multipleChoiceFieldReportsEachUnknownValue() throws ValidationError {
        MultipleChoiceField tags = new MultipleChoiceField("tags").choices("java", "Java", "web", "Web");

        assertThat(clean(tags, "web", "java", "web")).containsExactly("web", "java");
        assertThat(errors(tags, "java", "x", "y")).containsExactly(
                "Select a valid choice. x is not one of the available choices.",
                "Select a valid choice. y is not one of the available choices.");
        assertThat(errors(tags)).containsExactly("This field is required.");
        assertThat(clean(new MultipleChoiceField("tags").choices("a", "A").required(false))).isEmpty();
    }

    @Test
    void aDateTimeFieldShowsAnInstantInUtcSoItCanBeReadBack() throws ValidationError {
        DateTimeField field = new DateTimeField("at");
        assertThat(field.formatAny(java.time.Instant.parse("2024-01-03T12:00:00Z"))).isEqualTo("2024-01-03T12:00");
        assertThat(field.clean(java.util.List.of(field.formatAny(java.time.Instant.parse("2024-01-03T12:00:30Z"))), java.util.List.of()))
                .isEqualTo(java.time.LocalDateTime.of(2024, 1, 3, 12, 0, 30));
    }
}
