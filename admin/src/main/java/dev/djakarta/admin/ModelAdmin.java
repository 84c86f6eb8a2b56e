package dev.djakarta.admin;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.forms.ModelForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How the admin presents one model: Django's ModelAdmin. With no configuration everything comes from the model's
 * metadata; customise with the fluent setters or by overriding the getters in a subclass:
 *
 * <pre>{@code
 * site.register(ModelAdmin.of(Post.class)
 *         .listDisplay("title", "author__username", "status", "published")
 *         .listFilter("status", "author", "published")
 *         .searchFields("^title", "body", "=author__username")
 *         .ordering("-published")
 *         .readonlyFields("views"));
 * }</pre>
 *
 * Field names are checked against the model the first time a page uses them; a wrong one is a {@code FieldError}
 * naming the model and its fields.
 *
 * @param <T> the model class
 */
public class ModelAdmin<T> {
    private final Class<T> model;
    private List<String> listDisplay = List.of();
    private List<String> listDisplayLinks = List.of();
    private List<String> listFilter = List.of();
    private List<String> searchFields = List.of();
    private List<String> ordering = List.of();
    private List<String> readonlyFields = List.of();
    private List<String> fields = List.of();
    private List<String> exclude = List.of();
    private int listPerPage = 100;
    private List<String> listEditable = List.of();
    private List<Fieldset> fieldsets = List.of();
    private List<Fieldset> addFieldsets = List.of();
    private List<String> autocompleteFields = List.of();
    private final Map<String, List<String>> prepopulatedFields = new LinkedHashMap<>();
    private String dateHierarchy;
    private final List<InlineAdmin<?>> inlines = new ArrayList<>();
    private boolean saveAs;
    private java.util.function.BiFunction<dev.djakarta.http.Request, T, String> viewOnSite;
    private boolean viewOnSiteOff;
    private final Map<String, Column<T>> columns = new LinkedHashMap<>();
    private final List<AdminAction<T>> actions = new ArrayList<>(Actions.builtIn());

    public ModelAdmin(Class<T> model) {
        this.model = model;
    }

    /** A ModelAdmin to configure fluently. */
    public static <T> ModelAdmin<T> of(Class<T> model) {
        return new ModelAdmin<>(model);
    }

    /** A computed column for {@link #listDisplay}: {@code column("word_count", "Words", p -> p.words())}. Not sortable. */
    public record Column<T>(String name, String label, Function<T, ?> value) {
    }

    public final Class<T> model() {
        return model;
    }

    /** The model's metadata (the site must be started). */
    public final ModelMeta<T> meta() {
        return Manager.of(model).meta();
    }

    /** The lower-case model name used in URLs ({@code Post} gives {@code post}). */
    public String modelName() {
        return model.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** Django's verbose_name: {@code LogEntry} gives {@code log entry}. */
    public String verboseName() {
        return model.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** The plural shown on the index, capitalised ({@code Posts}, {@code Categories}). */
    public String verboseNamePlural() {
        String n = verboseName();
        String plural = n.endsWith("y") && !n.endsWith("ay") && !n.endsWith("ey") ? n.substring(0, n.length() - 1) + "ies"
                : n.endsWith("s") || n.endsWith("x") ? n + "es" : n + "s";
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    public ModelAdmin<T> listDisplay(String... names) {
        this.listDisplay = List.of(names);
        return this;
    }

    public ModelAdmin<T> listDisplayLinks(String... names) {
        this.listDisplayLinks = List.of(names);
        return this;
    }

    public ModelAdmin<T> listFilter(String... names) {
        this.listFilter = List.of(names);
        return this;
    }

    /** Fields searched by {@code ?q=}: {@code "^name"} starts with, {@code "=name"} is exactly, otherwise contains. */
    public ModelAdmin<T> searchFields(String... names) {
        this.searchFields = List.of(names);
        return this;
    }

    public ModelAdmin<T> ordering(String... names) {
        this.ordering = List.of(names);
        return this;
    }

    public ModelAdmin<T> listPerPage(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("listPerPage must be at least 1, not " + n);
        }
        this.listPerPage = n;
        return this;
    }

    public ModelAdmin<T> readonlyFields(String... names) {
        this.readonlyFields = List.of(names);
        return this;
    }

    /** The fields of the add/change form, in order (all editable fields when not set). */
    public ModelAdmin<T> fields(String... names) {
        this.fields = List.of(names);
        return this;
    }

    public ModelAdmin<T> exclude(String... names) {
        this.exclude = List.of(names);
        return this;
    }

    /**
     * Columns of the changelist edited in place (Django's list_editable): each must be a field in
     * {@link #listDisplay} and not a link column. The changelist then has a "Save" button for the page's rows.
     */
    public ModelAdmin<T> listEditable(String... names) {
        this.listEditable = List.of(names);
        return this;
    }

    /**
     * Groups the form's fields under headings: {@code fieldsets(Fieldset.of(null, "title", "slug"),
     * Fieldset.of("Publishing", "status", "published").collapse())}. The fields listed are the form's fields.
     */
    public ModelAdmin<T> fieldsets(Fieldset... fieldsets) {
        this.fieldsets = List.of(fieldsets);
        return this;
    }

    /**
     * The fieldsets of the add form when it differs from the change form (Django's UserAdmin.add_fieldsets): they may
     * name fields the {@link #modelForm} adds, such as a password typed twice.
     */
    public ModelAdmin<T> addFieldsets(Fieldset... fieldsets) {
        this.addFieldsets = List.of(fieldsets);
        return this;
    }

    /**
     * The form of the add page ({@code object} null) or the change page: by default a {@link ModelForm} of
     * {@code fields}. Override to add fields or checks (as {@link UserAdmin} does for the password of a new user).
     */
    public ModelForm<T> modelForm(dev.djakarta.http.Request request, T object, List<String> fields) {
        return ModelForm.of(model, fields.toArray(String[]::new));
    }

    /**
     * Many-to-one fields edited with a search box instead of a select of every related object. The related model
     * must be registered with {@link #searchFields}, which the box searches.
     */
    public ModelAdmin<T> autocompleteFields(String... names) {
        this.autocompleteFields = List.of(names);
        return this;
    }

    /**
     * Fills {@code field} from {@code sources} as the user types them (Django's prepopulated_fields), slugified:
     * {@code prepopulatedFields("slug", "title")}. Without JavaScript, an add form posted with the field empty gets the
     * same value on the server.
     */
    public ModelAdmin<T> prepopulatedFields(String field, String... sources) {
        if (sources.length == 0) {
            throw new IllegalArgumentException("prepopulatedFields(\"" + field + "\") needs at least one field to fill it from");
        }
        prepopulatedFields.put(field, List.of(sources));
        return this;
    }

    /** A date or date-time field to drill down by year, month and day above the changelist (Django's date_hierarchy). */
    public ModelAdmin<T> dateHierarchy(String field) {
        this.dateHierarchy = field;
        return this;
    }

    /** Edits related objects on this model's change form: {@code inline(InlineAdmin.tabular(Comment.class))}. */
    public ModelAdmin<T> inline(InlineAdmin<?> inline) {
        inlines.add(inline);
        return this;
    }

    /** Adds "Save as new" to the change form: saves the form's values (and inlines) as a new object. */
    public ModelAdmin<T> saveAs(boolean on) {
        this.saveAs = on;
        return this;
    }

    /**
     * The "View on site" link of the change form. By default an entity with a public {@code getAbsoluteUrl()} method
     * (Django's get_absolute_url) gets one; {@code viewOnSite(null)} turns it off. The function may answer null for an
     * object that has no public page (a draft): {@code viewOnSite((request, post) -> post.isLive() ? links(request).post(post) : null)}.
     */
    public ModelAdmin<T> viewOnSite(java.util.function.BiFunction<dev.djakarta.http.Request, T, String> url) {
        this.viewOnSite = url;
        this.viewOnSiteOff = url == null;
        return this;
    }

    /** Adds a computed column that {@link #listDisplay} can name. */
    public ModelAdmin<T> column(String name, String label, Function<T, ?> value) {
        columns.put(name, new Column<>(name, label, value));
        return this;
    }

    /** Adds an action to the changelist's action menu (after the built-in delete and export actions). */
    public ModelAdmin<T> action(AdminAction<T> action) {
        actions.removeIf(a -> a.name().equals(action.name()));
        actions.add(action);
        return this;
    }

    /** Removes an action, built-in ones included ({@code "delete_selected"}, {@code "export_csv"}, {@code "export_json"}). */
    public ModelAdmin<T> withoutAction(String name) {
        actions.removeIf(a -> a.name().equals(name));
        return this;
    }

    /** The changelist columns: as set, or the model's single-valued fields (at most seven). */
    public List<String> listDisplay() {
        if (!listDisplay.isEmpty()) {
            return listDisplay;
        }
        List<String> out = new ArrayList<>();
        for (FieldMeta f : meta().fields().values()) {
            if (!f.isMultiValued() && !f.isVersion() && f.kind() != FieldMeta.Kind.EMBEDDED && out.size() < 7) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** The columns that link to the change form: as set, or the first column. */
    public List<String> listDisplayLinks() {
        return listDisplayLinks.isEmpty() ? listDisplay().subList(0, Math.min(1, listDisplay().size())) : listDisplayLinks;
    }

    public List<String> listFilter() {
        return listFilter;
    }

    public List<String> searchFields() {
        return searchFields;
    }

    /** The changelist's default order: as set, the model's {@code @Ordering}, or newest key first. */
    public List<String> ordering() {
        if (!ordering.isEmpty()) {
            return ordering;
        }
        return meta().ordering().isEmpty() ? List.of("-pk") : meta().ordering();
    }

    public int listPerPage() {
        return listPerPage;
    }

    public List<String> readonlyFields() {
        return readonlyFields;
    }

    /** Every field the form shows, editable or read-only, in order, without the excluded and {@code @Version} ones. */
    public List<String> formFields() {
        List<String> declared = fields;
        if (declared.isEmpty() && !fieldsets.isEmpty()) {
            declared = new ArrayList<>();
            for (Fieldset f : fieldsets) {
                declared.addAll(f.fields());
            }
        }
        List<String> names = new ArrayList<>(declared.isEmpty() ? ModelForm.of(model).fieldNames() : declared);
        if (declared.isEmpty()) {
            for (String r : readonlyFields) {
                if (!names.contains(r)) {
                    names.add(r);
                }
            }
        }
        names.removeAll(exclude);
        ModelMeta<T> meta = meta();
        names.removeIf(n -> meta.fields().containsKey(n) && meta.fields().get(n).isVersion());
        return names;
    }

    /** The fields the form edits: {@link #formFields} without the read-only ones. */
    public List<String> editableFields() {
        List<String> names = formFields();
        names.removeAll(readonlyFields);
        return names;
    }

    public List<String> listEditable() {
        return listEditable;
    }

    /** The form's fieldsets: as set, or one without a heading holding {@link #formFields}. */
    public List<Fieldset> fieldsets() {
        return fieldsets.isEmpty() ? List.of(new Fieldset(null, formFields(), List.of(), null)) : fieldsets;
    }

    /** The fieldsets of the add form ({@code adding}) or the change form. */
    public List<Fieldset> fieldsets(boolean adding) {
        return adding && !addFieldsets.isEmpty() ? addFieldsets : fieldsets();
    }

    /** The model fields the add form ({@code adding}) or the change form edits. */
    public List<String> editableFields(boolean adding) {
        if (!adding || addFieldsets.isEmpty()) {
            return editableFields();
        }
        List<String> names = new ArrayList<>();
        for (Fieldset f : addFieldsets) {
            for (String n : f.fields()) {
                if (meta().fields().containsKey(n) && !readonlyFields.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    public List<String> autocompleteFields() {
        return autocompleteFields;
    }

    public Map<String, List<String>> prepopulatedFields() {
        return prepopulatedFields;
    }

    public String dateHierarchy() {
        return dateHierarchy;
    }

    public List<InlineAdmin<?>> inlines() {
        return inlines;
    }

    public boolean saveAs() {
        return saveAs;
    }

    /** The object's public URL for "View on site", or null for none. */
    public String viewOnSiteUrl(dev.djakarta.http.Request request, T object) {
        if (viewOnSite != null) {
            return viewOnSite.apply(request, object);
        }
        if (viewOnSiteOff) {
            return null;
        }
        Object real = Entities.unproxy(object);
        try {
            java.lang.reflect.Method m = real.getClass().getMethod("getAbsoluteUrl");
            return m.getReturnType() == String.class ? (String) m.invoke(real) : null;
        } catch (NoSuchMethodException none) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(real.getClass().getSimpleName() + ".getAbsoluteUrl() failed", e);
        }
    }

    /**
     * Whether the request's user may {@code action} ({@code "view"}, {@code "add"}, {@code "change"},
     * {@code "delete"}) this model, or, when {@code object} is not null, that object. Every page, action and POST
     * asks this. By default the model permissions decide ({@code library.change_article}; change implies view);
     * override it for object-level rules, e.g. authors may change only their own posts.
     */
    public boolean hasPermission(dev.djakarta.http.Request request, String action, T object) {
        return Perms.modelPermission(request, this, action);
    }

    public Map<String, Column<T>> columns() {
        return columns;
    }

    public List<AdminAction<T>> actions() {
        return actions;
    }

    /** Django's {@code __str__} for the admin: the object's own toString, or "Post object (3)". */
    public String repr(T object) {
        return AdminSite.repr(object);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + model.getSimpleName() + ", " + Arrays.asList(listDisplay) + ")";
    }
}
