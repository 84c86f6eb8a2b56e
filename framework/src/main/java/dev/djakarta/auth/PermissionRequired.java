package dev.djakarta.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class-based view: the user needs every listed permission ({@code "blog.change_post"}); anonymous users are
 * redirected to log in, others without it get 403 (Django's PermissionRequiredMixin).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PermissionRequired {
    String[] value();
}
