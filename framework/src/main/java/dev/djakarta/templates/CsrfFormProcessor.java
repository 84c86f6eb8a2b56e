package dev.djakarta.templates;

import dev.djakarta.http.Request;
import dev.djakarta.utils.Html;
import java.util.Locale;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Inserts {@code <input type="hidden" name="csrfmiddlewaretoken" value="...">} as the first child of every
 * {@code <form method="post">} whose action stays on this site, when the request carries a token
 * ({@link Csrf#TOKEN_ATTRIBUTE}). Django needs {@code {% csrf_token %}} in each form; here forgetting it is not
 * possible.
 */
final class CsrfFormProcessor extends AbstractElementTagProcessor {
    private static final int PRECEDENCE = 1000;

    CsrfFormProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, dialectPrefix, "form", false, null, false, PRECEDENCE);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
        String method = tag.getAttributeValue("method");
        if (method == null || !method.trim().toLowerCase(Locale.ROOT).equals("post") || isExternal(tag.getAttributeValue("action"))) {
            return;
        }
        if (!(context.getVariable(Templates.REQUEST_VARIABLE) instanceof Request request)) {
            return;
        }
        String token = Csrf.token(request);
        if (token == null) {
            return;
        }
        IModelFactory factory = context.getModelFactory();
        IModel input = factory.createModel();
        // the model is written as-is, so the value is escaped here
        input.add(factory.createText("<input type=\"hidden\" name=\"" + Csrf.FIELD_NAME + "\" value=\"" + Html.escape(token) + "\">"));
        structure.insertImmediatelyAfter(input, false);
    }

    /** An absolute or scheme-relative URL: the form posts to another origin, which must not see the token. */
    private static boolean isExternal(String action) {
        if (action == null) {
            return false;
        }
        String a = action.trim().toLowerCase(Locale.ROOT);
        return a.startsWith("//") || a.startsWith("http:") || a.startsWith("https:") || a.startsWith("\\\\");
    }
}
