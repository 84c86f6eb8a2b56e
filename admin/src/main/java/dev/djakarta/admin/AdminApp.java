package dev.djakarta.admin;

import dev.djakarta.App;
import java.util.List;

/**
 * The admin's own app, Django's {@code django.contrib.admin}: label {@code admin}, the {@link LogEntry} model (table
 * {@code admin_logentry}, migrations under {@code migrations/admin/<vendor>/}), the {@code templates/admin/} and
 * {@code static/admin/} folders. Install it after {@code SessionsApp} and {@code AuthApp}.
 */
public final class AdminApp implements App {
    @Override
    public String label() {
        return "admin";
    }

    @Override
    public List<Class<?>> models() {
        return List.of(LogEntry.class);
    }
}
