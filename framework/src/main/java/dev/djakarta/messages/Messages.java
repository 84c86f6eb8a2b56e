package dev.djakarta.messages;

import dev.djakarta.http.Request;
import java.util.Map;

/**
 * Django's messages framework: one-time notices ("Your comment was posted.") added while handling one request and
 * shown on the next page the user sees, once.
 *
 * <pre>{@code
 * Messages.success(request, "Thanks, " + name + "! Your message was sent.");
 * return Response.redirect(engine.reverse("blog:contact"));
 * }</pre>
 *
 * Templates get them from the {@code messages} context processor; iterating marks them read:
 *
 * <pre>{@code
 * <ul class="messages" th:unless="${messages.empty}">
 *   <li th:each="message : ${messages}" th:class="${message.tags}" th:text="${message}">Saved.</li>
 * </ul>
 * }</pre>
 *
 * Needs {@link MessageMiddleware} in MIDDLEWARE (it is in the defaults). Messages below MESSAGE_LEVEL (info by
 * default) are dropped.
 */
public final class Messages {
    public static final int DEBUG = 10;
    public static final int INFO = 20;
    public static final int SUCCESS = 25;
    public static final int WARNING = 30;
    public static final int ERROR = 40;
    /** Level names to numbers, for templates ({@code DEFAULT_MESSAGE_LEVELS.ERROR}) and the MESSAGE_LEVEL setting. */
    public static final Map<String, Integer> LEVELS = Map.of("DEBUG", DEBUG, "INFO", INFO, "SUCCESS", SUCCESS,
            "WARNING", WARNING, "ERROR", ERROR);
    /** Request attribute holding the request's {@link RequestMessages}. */
    public static final String ATTRIBUTE = "djakarta.messages";

    private Messages() {
    }

    /**
     * Adds a message for the user's next page.
     *
     * @throws MessageFailure when MessageMiddleware is not installed
     */
    public static void add(Request request, int level, String text) {
        add(request, level, text, "");
    }

    /** Adds a message with extra CSS tags. @throws MessageFailure when MessageMiddleware is not installed */
    public static void add(Request request, int level, String text, String extraTags) {
        RequestMessages messages = request.attribute(ATTRIBUTE);
        if (messages == null) {
            throw new MessageFailure("You cannot add messages without installing dev.djakarta.messages.MessageMiddleware: "
                    + "add it to the MIDDLEWARE setting (after CommonMiddleware).");
        }
        messages.add(level, text, extraTags);
    }

    public static void debug(Request request, String text) {
        add(request, DEBUG, text);
    }

    public static void info(Request request, String text) {
        add(request, INFO, text);
    }

    public static void success(Request request, String text) {
        add(request, SUCCESS, text);
    }

    public static void warning(Request request, String text) {
        add(request, WARNING, text);
    }

    public static void error(Request request, String text) {
        add(request, ERROR, text);
    }

    /** The request's messages; empty (and nothing to mark read) when MessageMiddleware is not installed. */
    public static RequestMessages get(Request request) {
        RequestMessages messages = request.attribute(ATTRIBUTE);
        return messages != null ? messages : RequestMessages.detached();
    }

    /** The tag of a level ({@code "success"}), or {@code ""} for a custom level. */
    public static String tagFor(int level) {
        return switch (level) {
            case DEBUG -> "debug";
            case INFO -> "info";
            case SUCCESS -> "success";
            case WARNING -> "warning";
            case ERROR -> "error";
            default -> "";
        };
    }
}
