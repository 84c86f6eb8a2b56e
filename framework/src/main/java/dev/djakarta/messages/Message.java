package dev.djakarta.messages;

/**
 * One message for the user: Django's {@code Message}. Prints as its text, so {@code th:text="${message}"} shows it;
 * {@code ${message.tags}} gives the CSS classes ({@code "success"}, or extra tags then the level's tag).
 *
 * @param level     {@link Messages#DEBUG} ... {@link Messages#ERROR}, or any custom level
 * @param text      the message, plain text (templates escape it)
 * @param extraTags more space-separated tags, or {@code ""}
 */
public record Message(int level, String text, String extraTags) {
    public Message {
        if (text == null) {
            throw new IllegalArgumentException("A message needs text");
        }
        extraTags = extraTags == null ? "" : extraTags.trim();
    }

    /** The level's tag: {@code debug}, {@code info}, {@code success}, {@code warning}, {@code error}, or {@code ""}. */
    public String levelTag() {
        return Messages.tagFor(level);
    }

    /** Extra tags and the level's tag, space-separated ({@code "sticky success"}). */
    public String tags() {
        String levelTag = levelTag();
        if (extraTags.isEmpty()) {
            return levelTag;
        }
        return levelTag.isEmpty() ? extraTags : extraTags + " " + levelTag;
    }

    @Override
    public String toString() {
        return text;
    }
}
