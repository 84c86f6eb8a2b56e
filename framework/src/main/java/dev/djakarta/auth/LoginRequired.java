package dev.djakarta.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a class-based view: anonymous users are redirected to LOGIN_URL with {@code ?next=} (Django's LoginRequiredMixin). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface LoginRequired {
}
