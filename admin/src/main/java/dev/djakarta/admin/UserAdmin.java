package dev.djakarta.admin;

import dev.djakarta.auth.Auth;
import dev.djakarta.auth.PasswordValidation;
import dev.djakarta.auth.Passwords;
import dev.djakarta.auth.User;
import dev.djakarta.db.Manager;
import dev.djakarta.forms.CharField;
import dev.djakarta.forms.ModelForm;
import dev.djakarta.forms.ValidationError;
import dev.djakarta.forms.Widget;
import dev.djakarta.http.Request;
import dev.djakarta.server.Engine;
import java.util.List;
import java.util.Map;

/**
 * The admin of users, Django's UserAdmin; {@code site.register(User.class)} uses it. The password hash is never a
 * form field: the change form shows what kind of hash is stored, and the add form asks for the password twice,
 * checks it with the password validators and stores only its hash.
 */
public class UserAdmin extends ModelAdmin<User> {
    public UserAdmin() {
        super(User.class);
        listDisplay("username", "email", "firstName", "lastName", "isStaff");
        listFilter("isStaff", "isSuperuser", "isActive");
        searchFields("username", "firstName", "lastName", "email");
        ordering("username");
        fieldsets(Fieldset.of(null, "username", "password"),
                Fieldset.of("Personal info", "firstName", "lastName", "email"),
                Fieldset.of("Permissions", "isActive", "isStaff", "isSuperuser", "groups", "userPermissions"),
                Fieldset.of("Important dates", "lastLogin", "dateJoined"));
        addFieldsets(Fieldset.of(null, "username", "password1", "password2"));
        readonlyFields("password", "lastLogin", "dateJoined");
        column("password", "Password", UserAdmin::passwordSummary);
    }

    /** What the change form shows instead of the hash: its algorithm, or that the user has no usable password. */
    static String passwordSummary(User user) {
        String encoded = user.getPassword();
        if (!Passwords.isUsable(encoded)) {
            return "No password set.";
        }
        String algorithm = encoded.substring(0, Math.max(0, encoded.indexOf('$')));
        return "Algorithm: " + (algorithm.isEmpty() ? "unknown" : algorithm) + ". Raw passwords are not stored, so there is no way to see "
                + "this user’s password; set a new one with “manage changepassword " + user.getUsername() + "”.";
    }

    @Override
    public ModelForm<User> modelForm(Request request, User object, List<String> fields) {
        return object == null ? new CreationForm(Engine.of(request), fields) : super.modelForm(request, object, fields);
    }

    /** Django's UserCreationForm: the model fields plus a password typed twice. */
    static final class CreationForm extends ModelForm<User> {
        static final CharField PASSWORD1 = new CharField("password1").strip(false).widget(Widget.PASSWORD).label("Password");
        static final CharField PASSWORD2 = new CharField("password2").strip(false).widget(Widget.PASSWORD).label("Password confirmation")
                .helpText("Enter the same password as before, for verification.");
        private final Engine engine;

        CreationForm(Engine engine, List<String> fields) {
            super(User.class, fields.toArray(String[]::new));
            this.engine = engine;
            setField(PASSWORD1);
            setField(PASSWORD2);
            instance(Manager.of(User.class).instantiate(Map.of()));
        }

        @Override
        protected void clean() throws ValidationError {
            String a = cleaned(PASSWORD1);
            String b = cleaned(PASSWORD2);
            if (a != null && b != null) {
                if (!a.equals(b)) {
                    addError(PASSWORD2, "The two password fields didn’t match.");
                } else {
                    Object username = cleanedData().get("username");
                    List<String> problems = new PasswordValidation(8).validate(a, username == null ? "" : username.toString(), "");
                    for (String problem : problems) {
                        addError(PASSWORD2, problem);
                    }
                    if (problems.isEmpty()) {
                        Auth.setPassword(engine, instance(), a);
                    }
                }
            }
            super.clean();
        }
    }
}
