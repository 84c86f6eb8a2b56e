package dev.djakarta.server;

import jakarta.servlet.http.HttpServlet;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development reloading without a JVM restart: the site's compiled classes (the classpath entries that are
 * directories, e.g. {@code target/classes}) are loaded in a child-first class loader; when a {@code .class} or
 * {@code .properties} file under them changes (an IDE build, {@code mvn compile}), a new loader is made, the site
 * is booted in it and swapped into the running server on the same port. If the new code fails to start, the error
 * is printed and the old site keeps serving. Jars (Jetty, libraries) stay in the parent loader.
 */
public final class DevReloader implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevReloader.class);

    private final List<Path> dirs;
    private final String siteClass;
    private final Map<String, String> overrides;
    private final ClassLoader parent;
    private volatile boolean running = true;
    private Thread watcher;

    public DevReloader(List<Path> dirs, String siteClass, Map<String, String> overrides, ClassLoader parent) {
        this.dirs = List.copyOf(dirs);
        this.siteClass = siteClass;
        this.overrides = Map.copyOf(overrides);
        this.parent = parent;
    }

    /** The directories on the JVM class path (compiled classes that can change while running). */
    public static List<Path> classDirectories() {
        List<Path> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path p = Path.of(entry).toAbsolutePath();
                if (Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Boots the site in a fresh child-first loader and returns its front controller. */
    public HttpServlet load() throws Exception {
        ChildFirstLoader loader = new ChildFirstLoader(urls(), parent);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> fc = Class.forName(FrontController.class.getName(), true, loader);
            return (HttpServlet) fc.getMethod("forSite", String.class, Map.class).invoke(null, siteClass, overrides);
        } catch (java.lang.reflect.InvocationTargetException e) {
            loader.close();
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Watches the directories and swaps a freshly booted site into {@code server} after each change. */
    public void watch(EmbeddedServer server, long pollMillis) {
        watcher = new Thread(() -> {
            long seen = fingerprint();
            while (running) {
                try {
                    Thread.sleep(pollMillis);
                    long now = fingerprint();
                    if (now == seen) {
                        continue;
                    }
                    // wait for the build to settle: a compile writes many files
                    long settled;
                    do {
                        settled = now;
                        Thread.sleep(200);
                        now = fingerprint();
                    } while (now != settled && running);
                    seen = now;
                    long start = System.nanoTime();
                    try {
                        server.swap(load());
                        log.info("Reloaded the site in {} ms", (System.nanoTime() - start) / 1_000_000);
                        System.err.println("Reloaded the site (" + (System.nanoTime() - start) / 1_000_000 + " ms).");
                    } catch (Exception | LinkageError e) {
                        System.err.println("Reload failed, still serving the previous version: " + e);
                        log.warn("Reload failed", e);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "djakarta-reloader");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Changes whenever a class or properties file under the watched directories is added, removed or rewritten. */
    long fingerprint() {
        long h = 17;
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".class") || name.endsWith(".properties")) {
                        h = h * 31 + p.hashCode();
                        h = h * 31 + Files.getLastModifiedTime(p).toMillis();
                        h = h * 31 + Files.size(p);
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished mid-walk (a build is running): report a change, the next poll settles it
                h = h * 31 + System.nanoTime();
            }
        }
        return h;
    }

    private URL[] urls() throws MalformedURLException {
        URL[] urls = new URL[dirs.size()];
        for (int i = 0; i < dirs.size(); i++) {
            urls[i] = dirs.get(i).toUri().toURL();
        }
        return urls;
    }

    @Override
    public void close() {
        running = false;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /** Loads classes and resources from its own directories first; platform and server classes always from the parent. */
    static final class ChildFirstLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        ChildFirstLoader(URL[] urls, ClassLoader parent) {
            super("djakarta-reload", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !parentOnly(name)) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                if (c == null) {
                    c = getParent().loadClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        private static boolean parentOnly(String name) {
            return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
                    || name.startsWith("org.eclipse.jetty.") || name.startsWith("org.slf4j.")
                    || name.startsWith("dev.djakarta.server.EmbeddedServer") || name.startsWith("dev.djakarta.server.DevReloader");
        }

        @Override
        public URL getResource(String name) {
            URL url = findResource(name);
            return url != null ? url : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            List<URL> all = new ArrayList<>(java.util.Collections.list(findResources(name)));
            for (URL u : java.util.Collections.list(getParent().getResources(name))) {
                if (!all.contains(u)) {
                    all.add(u);
                }
            }
            return java.util.Collections.enumeration(all);
        }
    }
}
