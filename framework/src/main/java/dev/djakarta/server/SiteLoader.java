package dev.djakarta.server;

import dev.djakarta.Site;
import dev.djakarta.conf.ImproperlyConfigured;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the project's Site: by class name when given, else the one in META-INF/services/dev.djakarta.Site. */
public final class SiteLoader {
    private SiteLoader() {
    }

    /**
     * @param className a Site class name, or null/empty to use the service registration
     * @return the Site, or null when none is registered
     * @throws ImproperlyConfigured when the class is missing or not a Site, or several Sites are registered
     */
    public static Site find(ClassLoader loader, String className) {
        if (className != null && !className.isEmpty()) {
            try {
                Class<?> type = Class.forName(className, true, loader);
                if (!Site.class.isAssignableFrom(type)) {
                    throw new ImproperlyConfigured("Setting SITE names " + className + ", which does not extend dev.djakarta.Site.");
                }
                return (Site) type.getConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new ImproperlyConfigured("Setting SITE names " + className + ", which is not on the classpath.");
            } catch (ReflectiveOperationException e) {
                throw new ImproperlyConfigured("Site " + className + " needs a public no-argument constructor: " + e, e);
            }
        }
        List<Site> found = new ArrayList<>();
        for (Site s : ServiceLoader.load(Site.class, loader)) {
            found.add(s);
        }
        if (found.size() > 1) {
            List<String> names = found.stream().map(s -> s.getClass().getName()).toList();
            throw new ImproperlyConfigured("Several Sites are registered in META-INF/services/dev.djakarta.Site: " + names
                    + ". Choose one with the SITE setting (DJAKARTA_SITE=...).");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
