package dev.djakarta.templates;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's link builder with the site's context path: {@code @{/about/}} gives {@code /blog/about/} when the WAR
 * runs under {@code /blog}. Thymeleaf would otherwise refuse context-relative links outside a servlet context.
 */
final class ContextPathLinkBuilder extends StandardLinkBuilder {
    private final String contextPath;

    ContextPathLinkBuilder(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return contextPath;
    }
}
