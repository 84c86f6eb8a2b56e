package dev.djakarta.templates;

import dev.djakarta.staticfiles.StaticFiles;
import dev.djakarta.urls.Resolver;
import java.util.Map;

/**
 * {@code #urls} in templates: Django's {@code {% url %}} and {@code {% static %}}. Every URL includes the context
 * path. Print them with {@code th:href}, which escapes them for the attribute:
 *
 * <pre>{@code
 * <a th:href="${#urls.reverse('blog:post_detail', post.id)}" th:text="${post.title}">title</a>
 * <link rel="stylesheet" th:href="${#urls.staticFile('blog/site.css')}">
 * }</pre>
 *
 * One instance per engine, shared by every render.
 */
public final class Urls {
    private final Resolver resolver;
    private final StaticFiles staticFiles;
    private final String contextPath;

    Urls(Resolver resolver, StaticFiles staticFiles, String contextPath) {
        this.resolver = resolver;
        this.staticFiles = staticFiles;
        this.contextPath = contextPath;
    }

    /** The path of a named route without arguments. @throws dev.djakarta.urls.NoReverseMatch when none fits */
    public String reverse(String name) {
        return resolver.reverse(name);
    }

    // Fixed arities rather than varargs: OGNL does not call a varargs method with a single argument.

    /** The path of a named route with one positional argument. */
    public String reverse(String name, Object arg) {
        return resolver.reverse(name, arg);
    }

    /** The path of a named route with two positional arguments. */
    public String reverse(String name, Object arg1, Object arg2) {
        return resolver.reverse(name, arg1, arg2);
    }

    /** The path of a named route with three positional arguments. */
    public String reverse(String name, Object arg1, Object arg2, Object arg3) {
        return resolver.reverse(name, arg1, arg2, arg3);
    }

    /** The path of a named route with four positional arguments. */
    public String reverse(String name, Object arg1, Object arg2, Object arg3, Object arg4) {
        return resolver.reverse(name, arg1, arg2, arg3, arg4);
    }

    /** The path of a named route with keyword arguments: {@code #urls.reverseKw('post', #{'slug': post.slug})}. */
    public String reverseKw(String name, Map<String, ?> kwargs) {
        return resolver.reverse(name, kwargs);
    }

    /** The URL of a static file: {@code staticFile('blog/site.css')} gives {@code /static/blog/site.css}. */
    public String staticFile(String name) {
        return staticFiles.urlFor(name, contextPath);
    }
}
