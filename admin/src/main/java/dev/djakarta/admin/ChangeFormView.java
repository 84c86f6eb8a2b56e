package dev.djakarta.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.djakarta.db.FieldMeta;
import dev.djakarta.db.Manager;
import dev.djakarta.db.ModelMeta;
import dev.djakarta.forms.ModelForm;
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
            Perms.require(request, admin, Perms.VIEW);
        } else {
            Perms.require(request, admin, Perms.ADD);
        }
        boolean editable = object == null || Perms.has(request, admin, Perms.CHANGE);
        boolean post = request.method().equals("POST");
        if (post && !editable) {
            throw new PermissionDenied("You don't have permission to change this " + admin.verboseName() + ".");
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
        ModelForm<T> form = editable ? ModelForm.of(admin.model(), admin.editableFields().toArray(String[]::new)) : null;
        if (form != null && object != null) {
            form.instance(object);
        }
        List<Conflict> conflicts = List.of();
        int status = 200;
        if (post) {
            form.bind(request);
            if (object != null) {
                conflicts = conflicts(admin, object, loaded, request.form(ORIGINAL));
            }
            if (!conflicts.isEmpty()) {
                status = 409;
            } else if (form.isValid()) {
                return saved(request, admin, object == null, form, loaded, tracked);
            }
        }
        Map<String, Object> context = site.context(request);
        String verb = object == null ? "Add" : editable ? "Change" : "View";
        context.put("title", verb + " " + admin.verboseName());
        context.put("form", form);
        context.put("objectRepr", object == null ? null : admin.repr(object));
        List<ReadOnly> readonly = new ArrayList<>();
        for (String name : editable ? admin.readonlyFields() : admin.formFields()) {
            if (object != null || !editable) {
                readonly.add(new ReadOnly(Display.label(admin, name), object == null ? Display.EMPTY : Display.text(Display.value(admin, object, name))));
            }
        }
        context.put("readonly", readonly);
        context.put("original", encode(loaded));
        context.put("conflicts", conflicts);
        context.put("isAdd", object == null);
        String pk = object == null ? null : Entities.pkString(object);
        context.put("deleteUrl", object != null && Perms.has(request, admin, Perms.DELETE) ? AdminSite.modelUrl(request, admin, "delete", pk) : null);
        context.put("historyUrl", object == null ? null : AdminSite.modelUrl(request, admin, "history", pk));
        context.put("breadcrumbs", List.of(new AdminSite.Crumb("Home", AdminSite.url(request, "index")),
                new AdminSite.Crumb(Display.humanize(meta.label()), AdminSite.url(request, "app_list", meta.label())),
                new AdminSite.Crumb(admin.verboseNamePlural(), Perms.has(request, admin, Perms.VIEW) ? AdminSite.modelUrl(request, admin, "changelist") : null),
                new AdminSite.Crumb(object == null ? "Add " + admin.verboseName() : admin.repr(object), null)));
        return AdminSite.render(request, admin, "change_form.html", context, status);
    }

    private <T> Response saved(Request request, ModelAdmin<T> admin, boolean added, ModelForm<T> form, Map<String, String> loaded,
            List<String> tracked) {
        T object = form.save();
        String pk = Entities.pkString(object);
        List<String> changed = new ArrayList<>();
        if (!added) {
            Map<String, String> now = Entities.snapshot(admin.meta(), object, admin.editableFields());
            now.forEach((name, value) -> {
                if (!Objects.equals(value, loaded.get(name))) {
                    changed.add(Display.label(admin, name));
                }
            });
        }
        AdminSite.log(request, admin, object, pk, added ? LogEntry.ADDITION : LogEntry.CHANGE, changed);
        String name = admin.verboseName();
        String done = "The " + name + " “" + admin.repr(object) + "” was " + (added ? "added" : "changed") + " successfully.";
        if (request.form("_continue") != null) {
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
