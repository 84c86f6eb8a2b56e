package dev.djakarta.auth;

import dev.djakarta.forms.CharField;
import dev.djakarta.forms.Form;
import dev.djakarta.forms.ValidationError;
import dev.djakarta.forms.Widget;

/** Old password, new password twice, checked by the password validators: Django's PasswordChangeForm. */
public final class PasswordChangeForm extends Form {
    public static final CharField OLD = new CharField("old_password").strip(false).widget(Widget.PASSWORD).label("Old password");
    public static final CharField NEW1 = new CharField("new_password1").strip(false).widget(Widget.PASSWORD).label("New password");
    public static final CharField NEW2 = new CharField("new_password2").strip(false).widget(Widget.PASSWORD)
            .label("New password confirmation");

    private final User user;
    private final Passwords passwords;

    public PasswordChangeForm(User user, Passwords passwords) {
        super(OLD, NEW1, NEW2);
        this.user = user;
        this.passwords = passwords;
        cleanWith(OLD, this::checkOld);
    }

    private String checkOld(String old) throws ValidationError {
        if (!passwords.check(old, user.getPassword())) {
            throw new ValidationError("Your old password was entered incorrectly. Please enter it again.");
        }
        return old;
    }

    @Override
    protected void clean() {
        String a = cleaned(NEW1);
        String b = cleaned(NEW2);
        if (a != null && b != null) {
            if (!a.equals(b)) {
                addError(NEW2, "The two password fields didn’t match.");
                return;
            }
            for (String problem : new PasswordValidation(8).validate(a, user.getUsername(), user.getEmail())) {
                addError(NEW2, problem);
            }
        }
    }
}
