package dev.djakarta.staticfiles;

import dev.djakarta.conf.Settings;
import dev.djakarta.http.Json;
import dev.djakarta.management.Command;
import dev.djakarta.management.CommandContext;
import dev.djakarta.management.UsageError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code collectstatic}: copies every static file into STATIC_ROOT under its own name and under a content-hashed
 * name ({@code site.3f2a1b9c0d12.css}, Django's ManifestStaticFilesStorage), rewrites {@code url(...)} references in
 * CSS to the hashed names, and writes {@code staticfiles.json} (the manifest). With DEBUG off, templates' static URLs
 * then point at the hashed names and those files are served with a one-year, immutable Cache-Control.
 */
public final class CollectStatic implements Command {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    @Override
    public String name() {
        return "collectstatic";
    }

    @Override
    public String help() {
        return "Copies static files to STATIC_ROOT with content-hashed names and a manifest.";
    }

    @Override
    public String usage() {
        return "[--noinput] [--clear]";
    }

    @Override
    public int run(CommandContext ctx, List<String> args, PrintStream out) throws IOException {
        boolean clear = false;
        for (String a : args) {
            if (a.equals("--clear")) {
                clear = true;
            } else if (!a.equals("--noinput") && !a.equals("--no-input")) {
                throw new UsageError("unknown option '" + a + "'");
            }
        }
        Settings s = dev.djakarta.conf.Settings.load(ctx.site().getClass().getClassLoader(), ctx.overrides());
        String rootSetting = s.string("STATIC_ROOT");
        if (rootSetting.isEmpty()) {
            ctx.err().println("Error: collectstatic needs STATIC_ROOT, the folder to copy static files into "
                    + "(e.g. DJAKARTA_STATIC_ROOT=/srv/blog/static).");
            return 1;
        }
        Path root = Path.of(rootSetting).toAbsolutePath().normalize();
        if (clear && Files.isDirectory(root)) {
            try (var files = Files.walk(root)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(root)) {
                        Files.delete(p);
                    }
                }
            }
        }
        List<Path> dirs = new ArrayList<>();
        for (String d : s.list("STATICFILES_DIRS")) {
            dirs.add(Path.of(d).toAbsolutePath().normalize());
        }
        Map<String, StaticFinder.Source> files = StaticFinder.all(dirs, ctx.site().getClass().getClassLoader());
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Map.Entry<String, StaticFinder.Source> e : files.entrySet()) {
            try (InputStream in = e.getValue().open()) {
                contents.put(e.getKey(), in.readAllBytes());
            }
        }
        // non-CSS first, so CSS can refer to their hashed names
        Map<String, String> manifest = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            if (!e.getKey().endsWith(".css")) {
                manifest.put(e.getKey(), hashedName(e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            if (e.getKey().endsWith(".css")) {
                byte[] rewritten = rewriteCss(e.getKey(), e.getValue(), manifest);
                contents.put(e.getKey(), rewritten);
                manifest.put(e.getKey(), hashedName(e.getKey(), rewritten));
            }
        }
        int copied = 0;
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            write(root.resolve(e.getKey()), e.getValue());
            write(root.resolve(manifest.get(e.getKey())), e.getValue());
            copied++;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("paths", manifest);
        json.put("version", "1.1");
        write(root.resolve(StaticFiles.MANIFEST), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        out.println(copied + " static file" + (copied == 1 ? "" : "s") + " copied to '" + root + "', with hashed copies and "
                + StaticFiles.MANIFEST + ".");
        return 0;
    }

    private static void write(Path target, byte[] data) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, data);
    }

    static String hashedName(String name, byte[] content) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content)).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    }

    private static byte[] rewriteCss(String name, byte[] css, Map<String, String> manifest) {
        String text = new String(css, StandardCharsets.UTF_8);
        String base = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        Matcher m = CSS_URL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(2);
            String replacement = m.group();
            if (!ref.startsWith("data:") && !ref.startsWith("http:") && !ref.startsWith("https:") && !ref.startsWith("/")
                    && !ref.startsWith("#")) {
                int cut = indexOfAny(ref, "?#");
                String path = cut < 0 ? ref : ref.substring(0, cut);
                String suffix = cut < 0 ? "" : ref.substring(cut);
                String resolved = java.net.URI.create(base.isEmpty() ? path : base + path).normalize().toString();
                String hashed = manifest.get(resolved);
                if (hashed != null) {
                    String hashedRelative = hashed.substring(hashed.lastIndexOf('/') + 1);
                    String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                    replacement = "url(" + m.group(1) + dir + hashedRelative + suffix + m.group(1) + ")";
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
