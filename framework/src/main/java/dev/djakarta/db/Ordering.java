package dev.djakarta.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The default ordering of an entity's querysets, Django's Meta.ordering: {@code @Ordering({"-published", "title"})}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Ordering {
    String[] value();
}
