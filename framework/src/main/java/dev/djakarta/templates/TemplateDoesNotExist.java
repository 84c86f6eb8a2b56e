package dev.djakarta.templates;

/**
 * No templates folder has the template asked for: Django's TemplateDoesNotExist. The message lists every place
 * that was searched. Like any view exception it becomes a 500 (the technical page with DEBUG on).
 */
public final class TemplateDoesNotExist extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String templateName;

    public TemplateDoesNotExist(String templateName, String message, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
    }

    /** The name that was not found ({@code "blog/post_lis.html"}). */
    public String templateName() {
        return templateName;
    }
}
