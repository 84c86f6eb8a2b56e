package dev.djakarta.benchmarks.tfb.raw;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Thymeleaf 3.1 with the least set-up: templates from the classpath's {@code templates/}, parsed once and cached. */
final class RawTemplates {
    private final TemplateEngine engine = new TemplateEngine();

    RawTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(RawTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String render(String name, Map<String, Object> variables) {
        return engine.process(name, new Context(Locale.ENGLISH, variables));
    }
}
