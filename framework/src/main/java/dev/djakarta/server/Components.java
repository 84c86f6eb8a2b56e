package dev.djakarta.server;

import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.conf.Settings;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the pluggable parts a setting names by class (context processors, message storage, ...), the way the
 * engine creates MIDDLEWARE: from the site's class loader, with a public constructor taking the {@link Engine} or
 * none, once at start-up. A wrong name stops start-up with the setting's name and the fix.
 */
public final class Components {
    private Components() {
    }

    /** One instance per class listed in the comma-separated {@code setting}, in order. */
    public static <T> List<T> createAll(Engine engine, String setting, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (String name : engine.settings().list(setting)) {
            out.add(create(engine, setting, name, type));
        }
        return List.copyOf(out);
    }

    /**
     * An instance of the class {@code className}, which must implement {@code type}.
     *
     * @throws ImproperlyConfigured when the class is missing, of the wrong type, has no usable constructor or fails
     */
    public static <T> T create(Engine engine, String setting, String className, Class<T> type) {
        Settings settings = engine.settings();
        Class<?> c;
        try {
            c = Class.forName(className, true, engine.site().getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw settings.invalid(setting, "class " + className + " was not found on the classpath");
        }
        if (!type.isAssignableFrom(c)) {
            throw settings.invalid(setting, className + " does not implement " + type.getName());
        }
        try {
            for (Constructor<?> constructor : c.getConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Engine.class) {
                    return type.cast(constructor.newInstance(engine));
                }
            }
            return type.cast(c.getConstructor().newInstance());
        } catch (NoSuchMethodException e) {
            throw settings.invalid(setting, className + " needs a public constructor taking Engine, or none");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImproperlyConfigured ic) {
                throw ic;
            }
            throw new ImproperlyConfigured(className + " (from " + setting + ") failed to start: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured(className + " (from " + setting + ") cannot be created: " + e, e);
        }
    }
}
