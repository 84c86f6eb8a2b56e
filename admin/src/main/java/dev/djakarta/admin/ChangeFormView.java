package dev.djakarta.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.forms.BoundField;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.http.Params;
import dev.djakarta.utils.Text;
import dev.djakarta.http.Http404;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.PermissionDenied;
import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import dev.djakarta.messages.Messages;
import dev.djakarta.views.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The add form ({@code add/}) and the change form ({@code <id>/change/}): a ModelForm of the admin's editable fields,
 * read-only fields as text, "Save", "Save and add another", "Save and continue editing". A user with only the view
 * permission sees every field as text, and a POST from them is a 403.
 *
 * <p>No lost updates: the change form carries the values it was loaded with ({@code _original}, which includes the
 * {@code @Version} value when the model has one). A POST over an object that someone saved since is refused with
 * status 409 and a list of what changed, and nothing is written; the form then carries the new values, so saving
 * again is a deliberate choice.
 */
final class ChangeFormView implements View {
    static final String ORIGINAL = "_original";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AdminSite site;

    ChangeFormView(AdminSite site) {
        this.site = site;
    }

    /** A read-only field: label and text. */
    public record ReadOnly(String label, String text) {
    }

    /** A field someone else changed: the value this form was loaded with and the one saved now. */
    public record Conflict(String label, String loaded, String now) {
    }

    @Override
    public Response handle(Request request) throws Exception {
        if (!request.isSafeMethod() && !request.method().equals("POST")) {
            throw new MethodNotAllowed(request.method(), List.of("GET", "HEAD", "POST"));
        }
        return form(request, site.adminFor(request));
    }

    /** One line of a fieldset: an editable field, or a read-only one's label and text. */
    public record Line(BoundField field, ReadOnly readonly) {
    }

    /** A fieldset as drawn: heading, description, whether folded, and its lines. */
    public record Group(String name, String description, boolean collapsed, List<Line> lines) {
    }

    private <T> Response form(Request request, ModelAdmin<T> admin) {
        ModelMeta<T> meta = admin.meta();
        Object rawKwarg = request.kwargs().get("object_id");
        String rawId = rawKwarg == null ? null : rawKwarg.toString();
        T object = null;
        if (rawId != null) {
            Object pk = Entities.parsePk(meta, rawId);
            object = pk == null ? null : Manager.of(admin.model()).filter("pk", pk).first();
            if (object == null) {
                throw new Http404(admin.verboseName() + " with ID “" + rawId + "” doesn’t exist. Perhaps it was deleted?");
            }
            Perms.require(request, admin, Perms.VIEW, object);
        } else {
            Perms.require(request, admin, Perms.ADD);
        }
        boolean editable = object == null || Perms.has(request, admin, Perms.CHANGE, object);
        boolean post = request.method().equals("POST");
        boolean saveAsNew = post && object != null && admin.saveAs() && request.form("_saveasnew") != null;
        if (post && !editable) {
            throw new PermissionDenied("You don't have permission to change this " + admin.verboseName() + ".");
        }
        if (saveAsNew) {
            Perms.require(request, admin, Perms.ADD);
        }
        if (post && object != null) {
            // validation applies the posted values to the instance: keep them away from the persistence context, so a
            // refused or invalid form can never be flushed by a later query
            Entities.detach(meta, object, admin.formFields());
        }
        List<String> tracked = new ArrayList<>(admin.formFields());
        FieldMeta version = meta.versionField();
        if (version != null) {
            tracked.add(version.name());
        }
        Map<String, String> loaded = object == null ? Map.of() : Entities.snapshot(meta, object, tracked);
        boolean adding = object == null || saveAsNew;
        ModelForm<T> form = editable ? modelForm(request, admin, adding ? null : object, adding) : null;
        if (form != null && object != null && !saveAsNew) {
            form.instance(object);
        }
        List<InlineFormset<?>> formsets = new ArrayList<>();
        for (InlineAdmin<?> inline : admin.inlines()) {
            if (Perms.has(request, site.adminOf(inline.model()), Perms.VIEW) || Perms.has(request, site.adminOf(inline.model()), Perms.ADD)) {
                formsets.add(new InlineFormset<>(request, site, inline, admin.model(), editable));
            }
        }
        List<Conflict> conflicts = List.of();
        int status = 200;
        if (post) {
            Params data = prepopulated(admin, request.form(), object == null || saveAsNew);
            form.bind(data, request.files());
            for (InlineFormset<?> f : formsets) {
                f.bind(data, saveAsNew ? null : object, saveAsNew);
            }
            if (object != null && !saveAsNew) {
                conflicts = conflicts(admin, object, loaded, request.form(ORIGINAL));
            }
            boolean inlinesValid = formsets.stream().allMatch(InlineFormset::isValid);
            if (!conflicts.isEmpty()) {
                status = 409;
            } else if (form.isValid() && inlinesValid) {
                return saved(request, admin, object == null || saveAsNew, form, saveAsNew ? Map.of() : loaded, formsets);
            }
        } else {
            for (InlineFormset<?> f : formsets) {
                f.unbound(object);
            }
        }
        Map<String, Object> context = site.context(request);
        String verb = object == null ? "Add" : editable ? "Change" : "View";
        context.put("title", verb + " " + admin.verboseName());
        context.put("form", form);
        context.put("objectRepr", object == null ? null : admin.repr(object));
        context.put("fieldsets", groups(admin, form, object, editable, object == null));
        context.put("inlines", formsets);
        context.put("original", encode(saveAsNew ? Map.of() : loaded));
        context.put("conflicts", conflicts);
        context.put("invalid", post && conflicts.isEmpty());
        context.put("isAdd", object == null);
        context.put("saveAs", object != null && editable && admin.saveAs() && Perms.has(request, admin, Perms.ADD));
        context.put("prepopulated", prepopulatedJson(admin, form));
        String pk = object == null ? null : Entities.pkString(object);
        context.put("viewOnSiteUrl", object == null ? null : admin.viewOnSiteUrl(request, object));
        context.put("deleteUrl", object != null && Perms.has(request, admin, Perms.DELETE, object) ? AdminSite.modelUrl(request, admin, "delete", pk) : null);
        context.put("historyUrl", object == null ? null : AdminSite.modelUrl(request, admin, "history", pk));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(Display.humanize(meta.label()), AdminSite.url(request, "app_list", meta.label())),
                new AdminSite.Crumb(admin.verboseNamePlural(), Perms.has(request, admin, Perms.VIEW) ? AdminSite.modelUrl(request, admin, "changelist") : null),
                new AdminSite.Crumb(object == null ? "Add " + admin.verboseName() : admin.repr(object), null)));
        return AdminSite.render(request, admin, "change_form.html", context, status);
    }

    /** The admin's ModelForm, with its autocomplete fields as search boxes. */
    private <T> ModelForm<T> modelForm(Request request, ModelAdmin<T> admin, T object, boolean adding) {
        List<String> editable = admin.editableFields(adding);
        ModelForm<T> form = admin.modelForm(request, object, editable);
        for (String name : admin.autocompleteFields()) {
            if (editable.contains(name)) {
                form.autocomplete(name, AdminSite.url(request, "autocomplete") + "?app_label=" + admin.meta().label() + "&model_name="
                        + admin.modelName() + "&field_name=" + name);
            }
        }
        return form;
    }

    /** The form's fields grouped as the admin's fieldsets say; read-only lines for what the user cannot edit. */
    private <T> List<Group> groups(ModelAdmin<T> admin, ModelForm<T> form, T object, boolean editable, boolean adding) {
        List<String> inForm = form == null ? List.of() : form.fields().stream().map(BoundField::name).toList();
        List<String> shown = admin.formFields();
        List<Group> out = new ArrayList<>();
        for (Fieldset set : admin.fieldsets(adding)) {
            List<Line> lines = new ArrayList<>();
            for (String name : set.fields()) {
                if (inForm.contains(name)) {
                    lines.add(new Line(form.field(name), null));
                    continue;
                }
                if (!shown.contains(name)) {
                    continue;
                }
                if (object != null || !editable) {
                    lines.add(new Line(null, new ReadOnly(Display.label(admin, name),
                            object == null ? Display.EMPTY : Display.text(Display.value(admin, object, name)))));
                }
            }
            out.add(new Group(set.name(), set.description(), set.collapsed(), lines));
        }
        return out;
    }

    /**
     * The posted data with each empty prepopulated field of an add form filled from its sources, slugified: what the
     * admin's script does as the user types, done on the server for a browser without JavaScript.
     */
    private static Params prepopulated(ModelAdmin<?> admin, Params posted, boolean adding) {
        if (!adding || admin.prepopulatedFields().isEmpty()) {
            return posted;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : posted.names()) {
            values.put(name, posted.getAll(name));
        }
        admin.prepopulatedFields().forEach((target, sources) -> {
            String current = posted.get(target);
            if (current == null || current.isBlank()) {
                List<String> parts = new ArrayList<>();
                for (String source : sources) {
                    String v = posted.get(source);
                    if (v != null && !v.isBlank()) {
                        parts.add(v);
                    }
                }
                String slug = Text.slugify(String.join(" ", parts));
                if (!slug.isEmpty()) {
                    values.put(target, List.of(slug));
                }
            }
        });
        return Params.of(values);
    }

    /** {@code {"id_slug": ["id_title"]}} for the admin's script, or null when nothing is prepopulated. */
    private static String prepopulatedJson(ModelAdmin<?> admin, ModelForm<?> form) {
        if (form == null || admin.prepopulatedFields().isEmpty()) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        admin.prepopulatedFields().forEach((target, sources) -> {
            if (form.fieldNames().contains(target)) {
                out.put(form.field(target).id(), sources.stream().filter(form.fieldNames()::contains).map(n -> form.field(n).id()).toList());
            }
        });
        try {
            return out.isEmpty() ? null : JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> Response saved(Request request, ModelAdmin<T> admin, boolean added, ModelForm<T> form, Map<String, String> loaded,
            List<InlineFormset<?>> formsets) {
        T object = form.save();
        String pk = Entities.pkString(object);
        List<String> changed = new ArrayList<>();
        if (!added) {
            Map<String, String> now = Entities.snapshot(admin.meta(), object, admin.editableFields());
            now.forEach((name, value) -> {
                if (!Objects.equals(blankAsNull(value), blankAsNull(loaded.get(name)))) {
                    changed.add(Display.label(admin, name));
                }
            });
        }
        for (InlineFormset<?> f : formsets) {
            changed.addAll(f.save(object));
        }
        AdminSite.log(request, admin, object, pk, added ? LogEntry.ADDITION : LogEntry.CHANGE, changed);
        String name = admin.verboseName();
        String done = "The " + name + " “" + admin.repr(object) + "” was " + (added ? "added" : "changed") + " successfully.";
        if (request.form("_continue") != null || request.form("_saveasnew") != null) {
            Messages.success(request, done + " You may edit it again below.");
            return Response.redirect(AdminSite.modelUrl(request, admin, "change", pk));
        }
        if (request.form("_addanother") != null) {
            Messages.success(request, done + " You may add another " + name + " below.");
            return Response.redirect(AdminSite.modelUrl(request, admin, "add"));
        }
        Messages.success(request, done);
        return Response.redirect(Perms.has(request, admin, Perms.VIEW) ? AdminSite.modelUrl(request, admin, "changelist") : AdminSite.url(request, "index"));
    }

    /** What changed between the values the form was loaded with (as posted back) and the object as saved now. */
    private <T> List<Conflict> conflicts(ModelAdmin<T> admin, T current, Map<String, String> now, String posted) {
        Map<String, String> original = decode(posted);
        if (original == null) {
            return List.of(new Conflict("(the whole form)", "unknown: the form did not say which version it was loaded from",
                    "reload the page to edit the saved version"));
        }
        List<Conflict> out = new ArrayList<>();
        FieldMeta version = admin.meta().versionField();
        now.forEach((name, value) -> {
            if (!Objects.equals(value, original.get(name)) && (version == null || !name.equals(version.name()))) {
                out.add(new Conflict(Display.label(admin, name), original.get(name) == null ? Display.EMPTY : original.get(name),
                        Display.text(Display.value(admin, current, name))));
            }
        });
        if (out.isEmpty() && version != null && !Objects.equals(now.get(version.name()), original.get(version.name()))) {
            out.add(new Conflict("Version", original.get(version.name()), now.get(version.name())));
        }
        return out;
    }

    /** An empty text and no value read the same to the user: saving an untouched empty field changes nothing. */
    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String encode(Map<String, String> values) {
        try {
            return Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(values));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> decode(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 1_000_000) {
            return null;
        }
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8),
                    new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
