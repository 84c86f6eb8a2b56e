package dev.djakarta.forms;

/** One field of each kind, for rendering tests. */
public final class SignupForm extends Form {
    static final SlugField USERNAME = new SlugField("username").maxLength(30).label("User name");
    static final CharField PASSWORD = new CharField("password").widget(Widget.PASSWORD).minLength(8);
    static final IntegerField AGE = new IntegerField("age").minValue(13).maxValue(130).required(false);
    static final DecimalField BUDGET = new DecimalField("budget").maxDigits(6).decimalPlaces(2).required(false);
    static final UrlField WEBSITE = new UrlField("website").required(false);
    static final DateField BIRTHDAY = new DateField("birthday").required(false);
    static final DateTimeField CALL_AT = new DateTimeField("call_at").required(false);
    static final ChoiceField PLAN = new ChoiceField("plan").choices("free", "Free", "pro", "Pro <fast>").initial("free");
    static final ChoiceField COLOR = new ChoiceField("color").choices("red", "Red", "blue", "Blue").widget(Widget.RADIOS).required(false);
    static final MultipleChoiceField TOPICS = new MultipleChoiceField("topics").choices("java", "Java", "web", "Web").widget(Widget.CHECKBOXES).required(false);
    static final MultipleChoiceField LANGUAGES = new MultipleChoiceField("languages").choices("en", "English", "fr", "French").required(false);
    static final BooleanField TERMS = new BooleanField("terms").label("I accept the terms");
    static final ImageField AVATAR = new ImageField("avatar").maxSize(1024).required(false);
    static final CharField REF = new CharField("ref").widget(Widget.HIDDEN).required(false);

    public SignupForm() {
        super(USERNAME, PASSWORD, AGE, BUDGET, WEBSITE, BIRTHDAY, CALL_AT, PLAN, COLOR, TOPICS, LANGUAGES, TERMS, AVATAR, REF);
    }
}
