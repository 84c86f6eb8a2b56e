package dev.djakarta.auth;

import dev.djakarta.forms.CharField;
import dev.djakarta.forms.Form;
import dev.djakarta.forms.Widget;

/** Username and password, Django's AuthenticationForm. Which of the two was wrong is never said. */
public final class LoginForm extends Form {
    public static final CharField USERNAME = new CharField("username").maxLength(150).label("Username");
    public static final CharField PASSWORD = new CharField("password").strip(false).widget(Widget.PASSWORD).label("Password");

    public LoginForm() {
        super(USERNAME, PASSWORD);
    }
}
