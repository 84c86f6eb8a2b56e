package dev.djakarta.admin;

import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.forms.ModelForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Related objects edited inside their parent's change form: Django's TabularInline (one table row per object) and
 * StackedInline (one block per object). Comments inside a post:
 *
 * <pre>{@code
 * ModelAdmin.of(Post.class).inline(InlineAdmin.tabular(Comment.class).fields("name", "body", "approved").extra(1))
 * }</pre>
 *
 * The relation to the parent is found on the child model (its one many-to-one field to the parent's class), or named
 * with {@link #fkName}. Each object's form is a {@link ModelForm} of {@link #fields} under the prefix
 * {@code <model>_set-<n>}; existing objects carry their key and a "Delete" box, and {@link #extra} blank forms add new
 * ones (a blank form left blank adds nothing). Adding, changing and deleting need the child model's own permissions.
 *
 * @param <C> the related (child) model
 */
public final class InlineAdmin<C> {
    private final Class<C> model;
    private final boolean stacked;
    private String fkName;
    private List<String> fields = List.of();
    private List<String> readonlyFields = List.of();
    private int extra = 3;
    private int maxNum = 1000;
    private boolean canDelete = true;
    private List<String> ordering = List.of();

    private InlineAdmin(Class<C> model, boolean stacked) {
        this.model = model;
        this.stacked = stacked;
    }

    /** One table row per related object. */
    public static <C> InlineAdmin<C> tabular(Class<C> model) {
        return new InlineAdmin<>(model, false);
    }

    /** One block of fields per related object. */
    public static <C> InlineAdmin<C> stacked(Class<C> model) {
        return new InlineAdmin<>(model, true);
    }

    /** The child's many-to-one field pointing at the parent, when it has more than one to the parent's class. */
    public InlineAdmin<C> fkName(String name) {
        this.fkName = name;
        return this;
    }

    /** The child fields edited (default: every editable field but the relation to the parent). */
    public InlineAdmin<C> fields(String... names) {
        this.fields = List.of(names);
        return this;
    }

    /** Child fields shown as text. */
    public InlineAdmin<C> readonlyFields(String... names) {
        this.readonlyFields = List.of(names);
        return this;
    }

    /** Blank forms offered for new objects (default 3, as in Django). */
    public InlineAdmin<C> extra(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("extra must not be negative, not " + n);
        }
        this.extra = n;
        return this;
    }

    /** At most this many objects in the formset (default 1000): no blank forms beyond it, and no more are accepted. */
    public InlineAdmin<C> maxNum(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("maxNum must not be negative, not " + n);
        }
        this.maxNum = n;
        return this;
    }

    /** Whether existing objects get a "Delete" box (default true; the delete permission is still needed). */
    public InlineAdmin<C> canDelete(boolean on) {
        this.canDelete = on;
        return this;
    }

    /** The order of the existing objects (default: the child model's ordering, else by key). */
    public InlineAdmin<C> ordering(String... names) {
        this.ordering = List.of(names);
        return this;
    }

    public Class<C> model() {
        return model;
    }

    public boolean stacked() {
        return stacked;
    }

    public int extra() {
        return extra;
    }

    public int maxNum() {
        return maxNum;
    }

    public boolean canDelete() {
        return canDelete;
    }

    public List<String> readonlyFields() {
        return readonlyFields;
    }

    ModelMeta<C> meta() {
        return Manager.of(model).meta();
    }

    /** The child's field that points at {@code parent}. @throws IllegalStateException when there is none or it is ambiguous */
    String fk(Class<?> parent) {
        ModelMeta<C> meta = meta();
        if (fkName != null) {
            FieldMeta f = meta.field(fkName, "InlineAdmin.fkName");
            if (!f.isRelation() || f.isMultiValued() || !f.target().isAssignableFrom(parent)) {
                throw new IllegalStateException("InlineAdmin(" + model.getSimpleName() + ").fkName(\"" + fkName + "\") is not a many-to-one "
                        + "relation to " + parent.getSimpleName());
            }
            return fkName;
        }
        List<String> found = new ArrayList<>();
        for (FieldMeta f : meta.fields().values()) {
            if (f.isRelation() && !f.isMultiValued() && f.target().isAssignableFrom(parent)) {
                found.add(f.name());
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(model.getSimpleName() + " has " + (found.isEmpty() ? "no" : "more than one") + " many-to-one "
                    + "relation to " + parent.getSimpleName() + (found.isEmpty() ? "" : " " + found) + "; name it with InlineAdmin.fkName(...)");
        }
        return found.get(0);
    }

    /** The fields the inline's forms edit. */
    List<String> editableFields(Class<?> parent) {
        String fk = fk(parent);
        List<String> names = new ArrayList<>(fields.isEmpty() ? ModelForm.of(model).fieldNames() : fields);
        names.remove(fk);
        names.removeAll(readonlyFields);
        ModelMeta<C> meta = meta();
        names.removeIf(n -> meta.fields().containsKey(n) && meta.fields().get(n).isVersion());
        return names;
    }

    List<String> ordering() {
        if (!ordering.isEmpty()) {
            return ordering;
        }
        return meta().ordering().isEmpty() ? List.of("pk") : meta().ordering();
    }

    /** The prefix of the inline's inputs, Django's default {@code <model>_set}. */
    String prefix() {
        return model.getSimpleName().toLowerCase(Locale.ROOT) + "_set";
    }

    String verboseName() {
        return ModelAdmin.of(model).verboseName();
    }

    /** The heading: the plural, capitalised. */
    String verboseNamePlural() {
        return ModelAdmin.of(model).verboseNamePlural();
    }

    /** The permission check for the child model, with the same rules as a registered admin of it. */
    ModelAdmin<C> permissions() {
        return ModelAdmin.of(model);
    }
}
