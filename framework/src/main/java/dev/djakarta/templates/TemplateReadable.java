package dev.djakarta.templates;

/**
 * Marks a type whose public no-argument methods templates read as properties, as they do for records:
 * {@code ${form.fields}} calls {@code form.fields()}. Forms, bound fields and other types made for templates use it
 * so that they can keep Java-style accessors instead of JavaBean getters.
 */
public interface TemplateReadable {
}
