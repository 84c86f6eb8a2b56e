package dev.djakarta.templates;

import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;

/**
 * Djakarta's adjustments to OGNL, Thymeleaf's expression language, made once per JVM (OGNL's registries are
 * static): the {@link MethodAccessor} for records and {@link TemplateReadable} types, and a cache in front of
 * OGNL's interface lookup.
 *
 * <p>Why the cache: OGNL evaluates every {@code a.b} inside a method call ({@code #urls.reverse('x', post.slug)})
 * by first asking which public interface of the root object's class declares {@code a}, walking the context's
 * whole interface graph with reflection on every evaluation. That walk was the largest single cost (about 14% of
 * samples) when profiling the 20-row list page of {@code TemplateBenchmark}. Its answer depends only on the class,
 * so it is computed once per class.
 */
final class OgnlSetup {
    private static volatile boolean installed;

    private OgnlSetup() {
    }

    static void install() {
        if (installed) {
            return;
        }
        synchronized (OgnlSetup.class) {
            if (!installed) {
                MethodAccessor accessor = new MethodAccessor();
                OgnlRuntime.setPropertyAccessor(Record.class, accessor);
                OgnlRuntime.setPropertyAccessor(TemplateReadable.class, accessor);
                OgnlRuntime.setCompiler(new CachingCompiler());
                installed = true;
            }
        }
    }

    /** OGNL's compiler with {@link #getInterfaceClass} remembered per class. */
    static final class CachingCompiler extends ExpressionCompiler {
        private final ClassValue<Class<?>> interfaces = new ClassValue<>() {
            @Override
            protected Class<?> computeValue(Class<?> type) {
                return CachingCompiler.super.getInterfaceClass(type);
            }
        };

        @Override
        @SuppressWarnings("rawtypes")
        public Class getInterfaceClass(Class type) {
            return interfaces.get(type);
        }
    }
}
