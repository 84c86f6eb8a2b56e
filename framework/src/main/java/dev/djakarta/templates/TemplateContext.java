package dev.djakarta.templates;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.context.IContext;

/** The variables of one render, handed to Thymeleaf without copying them again. */
final class TemplateContext implements IContext {
    private final Locale locale;
    private final Map<String, Object> variables;

    TemplateContext(Locale locale, Map<String, Object> variables) {
        this.locale = locale;
        this.variables = variables;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public boolean containsVariable(String name) {
        return variables.containsKey(name);
    }

    @Override
    public Set<String> getVariableNames() {
        return variables.keySet();
    }

    @Override
    public Object getVariable(String name) {
        return variables.get(name);
    }
}
