package dev.djakarta.templates;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;

/**
 * Djakarta's additions to Thymeleaf: the {@code #urls} and {@code #djakarta} expression objects (one shared
 * instance each, built at start-up), the processor that puts the CSRF token into POST forms, and {@code dj:cache}
 * template-fragment caching ({@link CacheFragmentProcessor}). Its precedence puts
 * its processors after the standard dialect's, so {@code th:method} and {@code th:action} are already applied when
 * a form is looked at.
 */
final class DjakartaDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {
    private static final int PRECEDENCE = 2000;
    private final Objects objects;

    DjakartaDialect(Urls urls, Filters filters) {
        super("Djakarta", "dj", PRECEDENCE);
        this.objects = new Objects(urls, filters);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new CsrfFormProcessor(dialectPrefix), new CacheFragmentProcessor(dialectPrefix));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return objects;
    }

    /** Hands out the shared instances; nothing is created per render. */
    private static final class Objects implements IExpressionObjectFactory {
        private static final Set<String> NAMES = Set.of("urls", "djakarta");
        private final Urls urls;
        private final Filters filters;

        Objects(Urls urls, Filters filters) {
            this.urls = urls;
            this.filters = filters;
        }

        @Override
        public Set<String> getAllExpressionObjectNames() {
            return NAMES;
        }

        @Override
        public Object buildObject(IExpressionContext context, String name) {
            return name.equals("urls") ? urls : name.equals("djakarta") ? filters : null;
        }

        @Override
        public boolean isCacheable(String name) {
            return true;
        }
    }
}
