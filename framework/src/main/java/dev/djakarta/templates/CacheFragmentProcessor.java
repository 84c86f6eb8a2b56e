package dev.djakarta.templates;

import dev.djakarta.cache.Cache;
import dev.djakarta.cache.Caches;
import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Template-fragment caching, Django's {@code {% cache 500 sidebar request.user.username %}}:
 *
 * <pre>{@code
 * <aside dj:cache="'sidebar'" dj:cache-vary="${request.user.username}" dj:cache-timeout="500"> ...expensive... </aside>
 * }</pre>
 *
 * The element is rendered once and its HTML kept in the {@code template_fragments} cache when CACHES names one,
 * otherwise the default cache, under a key made of the fragment's name and the vary value (hashed, as Django does);
 * later renders within the timeout (seconds; default the cache's own) write the stored HTML without evaluating the
 * element's contents. {@code dj:cache} and {@code dj:cache-vary} are expressions, {@code dj:cache-timeout} a number or
 * an expression. Put it on an element without other {@code th:} attributes (they would run before the cache is asked).
 */
final class CacheFragmentProcessor extends AbstractAttributeModelProcessor {
    static final String FRAGMENTS_CACHE = "template_fragments";
    private static final int PRECEDENCE = 100;
    private final String prefix;

    CacheFragmentProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, null, false, "cache", true, PRECEDENCE, false);
        this.prefix = dialectPrefix;
    }

    @Override
    protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName, String attributeValue,
            IElementModelStructureHandler structure) {
        IModelFactory factory = context.getModelFactory();
        IProcessableElementTag open = (IProcessableElementTag) model.get(0);
        Object name = evaluate(context, attributeValue);
        Object vary = open.hasAttribute(prefix, "cache-vary") ? evaluate(context, open.getAttributeValue(prefix, "cache-vary")) : null;
        String timeoutText = open.hasAttribute(prefix, "cache-timeout") ? open.getAttributeValue(prefix, "cache-timeout") : null;
        IProcessableElementTag clean = factory.removeAttribute(factory.removeAttribute(factory.removeAttribute(open, prefix, "cache"),
                prefix, "cache-vary"), prefix, "cache-timeout");
        model.replace(0, clean);
        Cache cache = cache(context);
        if (cache == null) {
            return; // outside a request (render_to_string without one): rendered every time
        }
        String key = "template.cache." + name + "." + md5(String.valueOf(vary));
        String html = cache.get(key);
        if (html == null) {
            html = render(context, model);
            cache.set(key, html, timeout(context, timeoutText));
        }
        // the stored HTML is output, not template: no inlining may read [[...]] in it (it may hold what users typed)
        model.reset();
        model.add(factory.createText(html));
        structure.setInliner(org.thymeleaf.inline.NoOpInliner.INSTANCE);
    }

    private static Object evaluate(ITemplateContext context, String expression) {
        return StandardExpressions.getExpressionParser(context.getConfiguration()).parseExpression(context, expression).execute(context);
    }

    private static Duration timeout(ITemplateContext context, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object value = text.strip().chars().allMatch(Character::isDigit) ? text.strip() : evaluate(context, text);
        try {
            return Duration.ofSeconds(Long.parseLong(String.valueOf(value).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("dj:cache-timeout must be a number of seconds, not '" + value + "'");
        }
    }

    private static Cache cache(ITemplateContext context) {
        if (!(context.getVariable(Templates.REQUEST_VARIABLE) instanceof Request request)) {
            return null;
        }
        Caches caches = Caches.of(Engine.of(request));
        return caches.kinds().containsKey(FRAGMENTS_CACHE) ? caches.get(FRAGMENTS_CACHE) : caches.get("default");
    }

    /** The element processed as template markup in the current context (its variables and iteration included). */
    private static String render(ITemplateContext context, IModel model) {
        StringWriter source = new StringWriter();
        StringWriter out = new StringWriter();
        try {
            model.write(source);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        var manager = context.getConfiguration().getTemplateManager();
        TemplateModel parsed = manager.parseString(context.getTemplateData(), source.toString(), 0, 0, TemplateMode.HTML, false);
        manager.process(parsed, context, out);
        return out.toString();
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
