package dev.djakarta.db.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.Site;
import dev.djakarta.management.Manage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One version of a site's model code, compiled at test time into a directory of its own, and loaded together with
 * a migrations root (where makemigrations writes) in a fresh class loader: what a developer's rebuild does between
 * editing a model and running makemigrations again.
 */
final class GeneratedSite {
    private final ClassLoader loader;
    private final Site site;

    private GeneratedSite(ClassLoader loader, Site site) {
        this.loader = loader;
        this.site = site;
    }

    /** A site class {@code gen.GenSite} whose apps are {@code label -> model classes}, plus the given entity sources. */
    static GeneratedSite compile(Path work, Path migrationsRoot, Map<String, List<String>> apps, Map<String, String> entities) throws Exception {
        Path src = Files.createTempDirectory(work, "src");
        Path classes = Files.createTempDirectory(work, "classes");
        StringBuilder appList = new StringBuilder();
        for (Map.Entry<String, List<String>> app : apps.entrySet()) {
            if (appList.length() > 0) {
                appList.append(", ");
            }
            appList.append("app(\"").append(app.getKey()).append("\"");
            app.getValue().forEach(m -> appList.append(", ").append(m).append(".class"));
            appList.append(")");
        }
        Map<String, String> sources = new LinkedHashMap<>(entities);
        sources.put("GenSite", """
                import dev.djakarta.App;
                import dev.djakarta.urls.Routes;
                import java.util.List;
                public class GenSite extends dev.djakarta.Site {
                    static App app(String label, Class<?>... models) {
                        return new App() {
                            public String label() { return label; }
                            public List<Class<?>> models() { return List.of(models); }
                        };
                    }
                    public List<App> apps() { return List.of(%s); }
                    public Routes routes() { return Routes.of(); }
                }
                """.formatted(appList));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve("gen/" + e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package gen;\nimport jakarta.persistence.*;\n" + e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("compiling " + sources.keySet()).isZero();
        Files.createDirectories(migrationsRoot);
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), migrationsRoot.toUri().toURL()},
                GeneratedSite.class.getClassLoader());
        Site site = (Site) loader.loadClass("gen.GenSite").getConstructor().newInstance();
        return new GeneratedSite(loader, site);
    }

    /** Output and exit code of one command. */
    record Run(int code, String out, String err) {
    }

    /** Runs a management command against this site version, as {@code java -jar site.jar args...} would. */
    Run manage(Map<String, String> settings, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            int code = Manage.run(site, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), settings);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    Site site() {
        return site;
    }
}
