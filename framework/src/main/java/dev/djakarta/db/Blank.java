package dev.djakarta.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Django's {@code blank=True}: forms (ModelForm, the admin) accept the field empty even though its column is not
 * nullable; an empty text is stored as {@code ""}. Put it on fields with a default, such as an optional excerpt:
 * {@code @Blank @Column(nullable = false, length = 500) private String excerpt = "";}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Blank {
}
