package dev.djakarta.urls;

import dev.djakarta.views.View;

/**
 * One entry of a {@link Routes} list: a pattern with a view (and optional name), or an include of another list
 * under a prefix (and optional namespace). Made by {@link Routes#path} and {@link Routes#include}.
 */
public final class Route {
    final String pattern;
    final View view;
    final String name;
    final Routes included;
    final String namespace;

    Route(String pattern, View view, String name, Routes included, String namespace) {
        this.pattern = pattern;
        this.view = view;
        this.name = name;
        this.included = included;
        this.namespace = namespace;
    }

    public String pattern() {
        return pattern;
    }

    /** The view, or null for an include. */
    public View view() {
        return view;
    }

    /** The route name, or null. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return included != null ? "include('" + pattern + "'" + (namespace != null ? ", namespace='" + namespace + "'" : "") + ")"
                : "path('" + pattern + "'" + (name != null ? ", name='" + name + "'" : "") + ")";
    }
}
