package dev.djakarta.messages;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.util.List;

/**
 * Where messages wait between requests: Django's message storage backends. {@link CookieStore} is the built-in one;
 * a session store can implement this too. Chosen by the MESSAGE_STORAGE setting (a class with a public constructor
 * taking the {@link dev.djakarta.server.Engine} or none), created once and shared by all requests.
 */
public interface MessageStore {
    /**
     * The messages stored for this client, oldest first: an empty list when there are none, or null when stored data
     * exists but is unreadable (tampered with, or from another key), which tells the caller to clear it.
     */
    List<Message> load(Request request);

    /** Stores {@code messages} for the next request by this client; an empty list clears what is stored. */
    void save(Request request, Response response, List<Message> messages);
}
