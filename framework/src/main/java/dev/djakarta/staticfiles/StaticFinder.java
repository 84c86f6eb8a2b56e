package dev.djakarta.staticfiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists every static file the site can serve: STATICFILES_DIRS first, then every {@code static/} folder on the
 * classpath (directories and jars), first one wins for a name, as Django's finders do.
 */
final class StaticFinder {
    /** A static file: its relative name and how to read it. */
    interface Source {
        InputStream open() throws IOException;
    }

    private StaticFinder() {
    }

    static Map<String, Source> all(List<Path> dirs, ClassLoader loader) {
        Map<String, Source> found = new LinkedHashMap<>();
        for (Path dir : dirs) {
            walk(dir, found);
        }
        try {
            Enumeration<URL> roots = loader.getResources("static");
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    walk(Paths.get(root.toURI()), found);
                } else if (root.getProtocol().equals("jar")) {
                    JarURLConnection conn = (JarURLConnection) root.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry e = entries.nextElement();
                            if (!e.isDirectory() && e.getName().startsWith("static/")) {
                                String name = e.getName().substring("static/".length());
                                if (StaticFiles.isSafe(name)) {
                                    found.putIfAbsent(name, () -> loader.getResourceAsStream("static/" + name));
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void walk(Path dir, Map<String, Source> found) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(p -> {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (StaticFiles.isSafe(name)) {
                    found.putIfAbsent(name, () -> Files.newInputStream(p));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
