package dev.djakarta.forms;

/** The classic contact form, with a per-field hook and a whole-form check. */
public final class ContactForm extends Form {
    static final CharField NAME = new CharField("name").maxLength(100);
    static final EmailField EMAIL = new EmailField("email").helpText("We reply to this address.");
    static final CharField MESSAGE = new CharField("message").textarea().maxLength(2000);

    public ContactForm() {
        super(NAME, EMAIL, MESSAGE);
        cleanWith(NAME, this::cleanName);
    }

    private String cleanName(String name) throws ValidationError {
        if (name.equalsIgnoreCase("admin")) {
            throw new ValidationError("Pick a name that is not “admin”.", "reserved");
        }
        return name.substring(0, 1).toUpperCase() + name.substring(1);
    }

    @Override
    protected void clean() throws ValidationError {
        String message = cleaned(MESSAGE);
        String name = cleaned(NAME);
        if (message != null && name != null && message.equalsIgnoreCase(name)) {
            throw new ValidationError("Your message is just your name.", "name_only");
        }
        if (message != null && message.contains("http://spam")) {
            addError(MESSAGE, "No links to spam, please.");
        }
    }
}
