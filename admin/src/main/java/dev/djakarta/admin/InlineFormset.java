package dev.djakarta.admin;

import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.forms.BoundField;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Params;
import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forms of one {@link InlineAdmin} on one change form: Django's inline formset. Inputs are
 * {@code <prefix>-TOTAL_FORMS}, {@code <prefix>-INITIAL_FORMS}, and per form {@code <prefix>-<n>-<field>},
 * {@code <prefix>-<n>-id} (existing objects), {@code <prefix>-<n>-DELETE} and {@code <prefix>-<n>-_initial} (what a
 * blank form was drawn with, so one left alone adds nothing). A submission without the formset's inputs leaves the
 * related objects as they are.
 *
 * @param <C> the related model
 */
final class InlineFormset<C> {
    static final int MAX_FORMS = 1000;

    /** One form of the formset: an existing object (pk set) or a blank one. */
    public static final class Entry<C> {
        private ModelForm<C> form;
        private final C object;
        private final String pk;
        private final int index;
        private final String prefix;
        private final String initial;
        private final List<ChangeFormView.ReadOnly> readonly;
        private boolean delete;
        private boolean used;

        Entry(ModelForm<C> form, C object, String pk, int index, String prefix, String initial, List<ChangeFormView.ReadOnly> readonly) {
            this.form = form;
            this.object = object;
            this.pk = pk;
            this.index = index;
            this.prefix = prefix;
            this.initial = initial;
            this.readonly = readonly;
        }

        public ModelForm<C> getForm() {
            return form;
        }

        public String getPk() {
            return pk;
        }

        public String getPrefix() {
            return prefix;
        }

        public String getInitial() {
            return initial;
        }

        public boolean isDelete() {
            return delete;
        }

        public List<ChangeFormView.ReadOnly> getReadonly() {
            return readonly;
        }

        public String getTitle() {
            return object == null ? null : AdminSite.repr(object);
        }

        public int getIndex() {
            return index;
        }
    }

    private final InlineAdmin<C> inline;
    private final ModelAdmin<C> rules;
    private final String fk;
    private final List<String> fields;
    private final List<Entry<C>> entries = new ArrayList<>();
    private final boolean canAdd;
    private final boolean canChange;
    private final boolean canDelete;
    private boolean submitted;
    private final List<String> errors = new ArrayList<>();

    InlineFormset(Request request, AdminSite site, InlineAdmin<C> inline, Class<?> parentType, boolean editable) {
        this.inline = inline;
        this.rules = site.adminOf(inline.model());
        this.fk = inline.fk(parentType);
        this.fields = inline.editableFields(parentType);
        this.canAdd = editable && Perms.has(request, rules, Perms.ADD);
        this.canChange = editable && Perms.has(request, rules, Perms.CHANGE);
        this.canDelete = editable && inline.canDelete() && Perms.has(request, rules, Perms.DELETE);
    }

    private List<C> existing(Object parent) {
        if (parent == null) {
            return List.of();
        }
        return Manager.of(inline.model()).filter(fk, parent).orderBy(inline.ordering().toArray(String[]::new)).limit(inline.maxNum()).list();
    }

    /** The forms to draw: one per existing object, then the blank ones. */
    InlineFormset<C> unbound(Object parent) {
        int i = 0;
        for (C object : existing(parent)) {
            entries.add(entry(object, i++, canChange));
        }
        int blanks = canAdd ? Math.min(inline.extra(), inline.maxNum() - i) : 0;
        for (int b = 0; b < blanks; b++) {
            entries.add(entry(null, i++, true));
        }
        return this;
    }

    private Entry<C> entry(C object, int index, boolean editable) {
        String prefix = inline.prefix() + "-" + index;
        ModelForm<C> form = ModelForm.of(inline.model(), fields.toArray(String[]::new)).prefix(prefix);
        if (object != null) {
            form.instance(object);
        } else {
            form.instance(Manager.of(inline.model()).instantiate(Map.of()));
        }
        List<ChangeFormView.ReadOnly> readonly = readonly(object, editable);
        String pk = object == null ? null : Entities.pkString(object);
        return new Entry<>(editable ? form : null, object, pk, index, prefix, object == null ? ChangeFormView.encode(drawn(form)) : null, readonly);
    }

    /** The read-only cells of an object's form ("-" for a blank form). */
    private List<ChangeFormView.ReadOnly> readonly(C object, boolean editable) {
        List<ChangeFormView.ReadOnly> out = new ArrayList<>();
        for (String name : editable ? inline.readonlyFields() : allFields()) {
            out.add(new ChangeFormView.ReadOnly(Display.label(rules, name), object == null ? Display.EMPTY : Display.text(Display.value(rules, object, name))));
        }
        return out;
    }

    private List<String> allFields() {
        List<String> all = new ArrayList<>(fields);
        for (String r : inline.readonlyFields()) {
            if (!all.contains(r)) {
                all.add(r);
            }
        }
        return all;
    }

    /**
     * Binds the posted forms. {@code saveAsNew}: every form not marked for deletion becomes a new object.
     *
     * @throws PermissionDenied when the post adds, changes or deletes what the user may not
     */
    InlineFormset<C> bind(Params data, Object parent, boolean saveAsNew) {
        String total = data.get(inline.prefix() + "-TOTAL_FORMS");
        if (total == null) {
            return this;
        }
        submitted = true;
        int count;
        try {
            count = Math.max(0, Math.min(Integer.parseInt(total.strip()), Math.min(MAX_FORMS, inline.maxNum() + inline.extra())));
        } catch (NumberFormatException e) {
            errors.add("The " + inline.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + " were not sent correctly; reload the page.");
            return this;
        }
        Map<String, C> children = new LinkedHashMap<>();
        for (C c : existing(parent)) {
            children.put(Entities.pkString(c), c);
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            String prefix = inline.prefix() + "-" + i;
            String id = data.get(prefix + "-id");
            C object = null;
            if (id != null && !id.isBlank()) {
                object = children.remove(id.strip());
                if (object == null && !saveAsNew) {
                    errors.add("A " + inline.verboseName() + " in this form no longer exists (someone deleted it); reload the page.");
                    continue;
                }
            }
            boolean delete = ticked(data.get(prefix + "-DELETE"));
            ModelForm<C> form = ModelForm.of(inline.model(), fields.toArray(String[]::new)).prefix(prefix);
            C target = saveAsNew || object == null ? Manager.of(inline.model()).instantiate(Map.of()) : object;
            if (object != null && !saveAsNew) {
                Entities.detach(inline.meta(), object, fields);
            }
            form.instance(target);
            form.bind(data);
            Entry<C> entry = new Entry<>(form, object, object == null ? null : Entities.pkString(object), i, prefix,
                    data.get(prefix + "-_initial"), readonly(object, true));
            boolean posted = fields.stream().anyMatch(n -> data.get(prefix + "-" + n) != null);
            if (object != null && !saveAsNew) {
                entry.delete = delete;
                if (delete) {
                    if (!canDelete) {
                        throw denied("delete");
                    }
                    entry.used = true;
                } else if (posted && !form.changedData().isEmpty()) {
                    if (!canChange) {
                        throw denied("change");
                    }
                    entry.used = true;
                }
            } else if (!delete && posted && (object != null || changed(form, entry.initial))) {
                if (!canAdd) {
                    throw denied("add");
                }
                entry.used = true;
            }
            if (!entry.used && (object == null || saveAsNew)) {
                // a blank row left blank is drawn again blank, without the errors of a form nobody filled in
                entry.form = ModelForm.of(inline.model(), fields.toArray(String[]::new)).prefix(prefix);
                entry.form.instance(Manager.of(inline.model()).instantiate(Map.of()));
            }
            if (entry.used || object != null) {
                kept += entry.delete ? 0 : 1;
            }
            entries.add(entry);
        }
        if (kept > inline.maxNum()) {
            errors.add("Please submit at most " + inline.maxNum() + " " + inline.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return this;
    }

    private PermissionDenied denied(String action) {
        return new PermissionDenied("You don't have permission to " + action + " " + inline.verboseNamePlural().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private static boolean ticked(String value) {
        return value != null && (value.equals("on") || value.equals("true") || value.equals("1"));
    }

    /** Whether a blank form was filled in: its values differ from what it was drawn with. */
    private static boolean changed(ModelForm<?> form, String drawnWith) {
        Map<String, String> before = ChangeFormView.decode(drawnWith);
        if (before == null) {
            return !form.changedData().isEmpty();
        }
        return !Objects.equals(before, submittedValues(form));
    }

    /** The values the form's inputs show, by field: what a browser posts back when nothing is touched. */
    private static Map<String, String> drawn(ModelForm<?> form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BoundField f : form.fields()) {
            out.put(f.name(), shown(f));
        }
        return out;
    }

    private static Map<String, String> submittedValues(ModelForm<?> form) {
        return drawn(form);
    }

    private static String shown(BoundField f) {
        if (f.widget().equals("checkbox_widget")) {
            return f.checked() ? "on" : "";
        }
        if (f.widget().equals("select_multiple_widget") || f.widget().equals("checkboxes_widget")) {
            return String.join(",", f.choices().stream().filter(BoundField.Option::selected).map(BoundField.Option::value).sorted().toList());
        }
        if (f.widget().equals("select_widget") || f.widget().equals("radios_widget")) {
            return f.choices().stream().filter(BoundField.Option::selected).map(BoundField.Option::value).findFirst()
                    .orElse(f.choices().isEmpty() ? "" : f.choices().get(0).value());
        }
        return f.value().strip();
    }

    /** True when every form that is used is valid and nothing was tampered with. */
    boolean isValid() {
        if (!errors.isEmpty()) {
            return false;
        }
        for (Entry<C> e : entries) {
            if (e.used && !e.delete && !e.form.isValid()) {
                return false;
            }
        }
        return true;
    }

    /** Saves the used forms under {@code parent}; returns Django's change-message lines ("Added comment “Hi”."). */
    List<String> save(Object parent) {
        List<String> messages = new ArrayList<>();
        if (!submitted) {
            return messages;
        }
        ModelMeta<C> meta = inline.meta();
        for (Entry<C> e : entries) {
            if (!e.used) {
                continue;
            }
            if (e.delete) {
                C managed = Manager.of(inline.model()).filter("pk", meta.pkValue(e.object)).first();
                if (managed != null) {
                    messages.add("Deleted " + inline.verboseName() + " “" + AdminSite.repr(managed) + "”.");
                    Manager.of(inline.model()).delete(managed);
                }
                continue;
            }
            boolean added = e.form.instance() != e.object;
            List<String> changed = e.form.changedData();
            meta.field(fk, "InlineAdmin").set(e.form.instance(), parent);
            C saved = e.form.save();
            if (added) {
                messages.add("Added " + inline.verboseName() + " “" + AdminSite.repr(saved) + "”.");
            } else {
                List<String> labels = changed.stream().map(n -> Display.label(rules, n)).toList();
                messages.add("Changed " + String.join(", ", labels).toLowerCase(java.util.Locale.ROOT) + " for " + inline.verboseName()
                        + " “" + AdminSite.repr(saved) + "”.");
            }
        }
        return messages;
    }

    // ---- what templates read ------------------------------------------------------------------------------

    public String getPrefix() {
        return inline.prefix();
    }

    public String getTitle() {
        return inline.verboseNamePlural();
    }

    public boolean isStacked() {
        return inline.stacked();
    }

    public List<Entry<C>> getEntries() {
        return entries;
    }

    public int getTotal() {
        return entries.size();
    }

    public int getInitialCount() {
        return (int) entries.stream().filter(e -> e.pk != null).count();
    }

    public boolean isCanDelete() {
        return canDelete;
    }

    public List<String> getErrors() {
        return errors;
    }

    /** Column headings of a tabular inline: the edited fields, then the read-only ones. */
    public List<String> getHeadings() {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(Display.label(rules, f));
        }
        for (String r : inline.readonlyFields()) {
            out.add(Display.label(rules, r));
        }
        return out;
    }
}
