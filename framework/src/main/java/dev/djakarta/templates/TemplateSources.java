package dev.djakarta.templates;

import dev.djakarta.conf.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Where templates come from, Django's template loaders: one file resolver per TEMPLATE_DIRS directory, in order,
 * then {@code templates/} on the site's class loader. Each resolver checks that the template exists before
 * claiming it, so a name falls through to the next place; the first match wins.
 */
final class TemplateSources {
    private static final String CLASSPATH_FOLDER = "templates/";
    private static final String NOT_FOUND_PREFIX = "Error resolving template [";

    private final List<Path> dirs;
    private final ClassLoader loader;
    private final Set<ITemplateResolver> resolvers = new LinkedHashSet<>();

    TemplateSources(Settings settings, ClassLoader loader, boolean cacheable) {
        List<Path> d = new ArrayList<>();
        for (String dir : settings.list("TEMPLATE_DIRS")) {
            Path path = Paths.get(dir).toAbsolutePath().normalize();
            if (!Files.isDirectory(path)) {
                throw settings.invalid("TEMPLATE_DIRS", "'" + path + "' is not a directory; list existing directories, "
                        + "comma-separated (relative paths start from the working directory)");
            }
            d.add(path);
        }
        this.dirs = List.copyOf(d);
        this.loader = loader;
        int order = 1;
        for (Path dir : dirs) {
            FileTemplateResolver files = new FileTemplateResolver();
            files.setPrefix(dir + "/");
            resolvers.add(configure(files, order++, cacheable));
        }
        ClassLoaderTemplateResolver classpath = new ClassLoaderTemplateResolver(loader);
        classpath.setPrefix(CLASSPATH_FOLDER);
        resolvers.add(configure(classpath, order, cacheable));
    }

    private static ITemplateResolver configure(AbstractConfigurableTemplateResolver resolver, int order, boolean cacheable) {
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCacheable(cacheable);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setXmlTemplateModePatterns(Set.of("*.xml", "*.rss", "*.atom"));
        resolver.setJavaScriptTemplateModePatterns(Set.of("*.js"));
        resolver.setCSSTemplateModePatterns(Set.of("*.css"));
        return resolver;
    }

    Set<ITemplateResolver> resolvers() {
        return resolvers;
    }

    /**
     * Refuses names that could leave the templates folders: absolute, with backslashes or {@code ..} segments.
     * Django raises SuspiciousFileOperation for the same names.
     */
    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A template name is required, like \"blog/post_list.html\"");
        }
        if (name.charAt(0) == '/' || name.indexOf('\\') >= 0 || name.equals("..") || name.startsWith("../")
                || name.contains("/../") || name.endsWith("/..")) {
            throw new IllegalArgumentException("Template name '" + name + "' must be a relative path inside a templates "
                    + "folder, like \"blog/post_list.html\", without '..' or a leading '/'");
        }
    }

    /** True when a TEMPLATE_DIRS directory or the classpath has {@code name}. */
    boolean exists(String name) {
        checkName(name);
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return true;
            }
        }
        return loader.getResource(CLASSPATH_FOLDER + name) != null;
    }

    /**
     * Turns Thymeleaf's "Error resolving template [x]" into a {@link TemplateDoesNotExist} that says where Djakarta
     * looked; other input errors are returned unchanged.
     */
    RuntimeException explain(TemplateInputException e) {
        String message = e.getMessage();
        int start = message == null ? -1 : message.indexOf(NOT_FOUND_PREFIX);
        int end = start < 0 ? -1 : message.indexOf(']', start);
        if (end < 0) {
            return e;
        }
        String name = message.substring(start + NOT_FOUND_PREFIX.length(), end);
        List<String> tried = new ArrayList<>();
        for (Path dir : dirs) {
            tried.add(dir.resolve(name) + " (TEMPLATE_DIRS)");
        }
        tried.add(CLASSPATH_FOLDER + name + " on the classpath (an app's src/main/resources/" + CLASSPATH_FOLDER + ")");
        String where = e.getTemplateName() != null && !e.getTemplateName().equals(name)
                ? " (used by template '" + e.getTemplateName() + "'" + (e.getLine() != null ? ", line " + e.getLine() : "") + ")"
                : "";
        return new TemplateDoesNotExist(name, "Template '" + name + "' does not exist" + where + ". Looked for: "
                + String.join(", ", tried) + ". Check the name, or add the file there.", e);
    }
}
