package dev.djakarta.messages;

import dev.djakarta.http.Request;
import dev.djakarta.http.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of one request: those stored by earlier requests (read from the store on first use) plus those
 * added now. Django's storage object, {@code request._messages}.
 *
 * <p>Iterating marks every message read: after the response, only messages added after that are kept. If nothing
 * iterated them, old and new messages are all kept for the next request. {@link #size()} and {@link #isEmpty()}
 * do not mark anything. Belongs to its request's thread.
 */
public final class RequestMessages implements Iterable<Message> {
    private final Request request;
    private final MessageStore store;
    private int level;
    private List<Message> loaded;
    private boolean unreadable;
    private List<Message> queued = List.of();
    private boolean used;

    RequestMessages(Request request, MessageStore store, int level) {
        this.request = request;
        this.store = store;
        this.level = level;
    }

    /** An empty list for requests without MessageMiddleware. */
    static RequestMessages detached() {
        return new RequestMessages(null, null, Integer.MAX_VALUE);
    }

    /** Adds a message unless its level is below {@link #level()} or the text is empty. */
    public void add(int messageLevel, String text, String extraTags) {
        if (text == null || text.isEmpty() || messageLevel < level) {
            return;
        }
        if (queued.isEmpty()) {
            queued = new ArrayList<>(2);
        }
        queued.add(new Message(messageLevel, text, extraTags));
    }

    /** The lowest level recorded for this request (MESSAGE_LEVEL unless changed). */
    public int level() {
        return level;
    }

    /** Changes the lowest level recorded for the rest of this request (Django's set_level). */
    public void setLevel(int level) {
        this.level = level;
    }

    /** Every message, oldest first, marking them read. */
    @Override
    public Iterator<Message> iterator() {
        used = true;
        List<Message> all = new ArrayList<>(loaded());
        all.addAll(queued);
        loaded = all;
        queued = List.of();
        return List.copyOf(all).iterator();
    }

    /** How many messages there are, without marking them read. */
    public int size() {
        return loaded().size() + queued.size();
    }

    /** True when there is nothing to show (does not mark anything read). */
    public boolean isEmpty() {
        return size() == 0;
    }

    private List<Message> loaded() {
        if (loaded == null) {
            List<Message> stored = store == null ? List.of() : store.load(request);
            unreadable = stored == null;
            loaded = stored == null ? List.of() : stored;
        }
        return loaded;
    }

    /** Saves what the next request should see; called by the middleware on the way out. */
    void update(Response response) {
        if (used) {
            store.save(request, response, queued);
        } else if (!queued.isEmpty() || unreadable) {
            List<Message> keep = new ArrayList<>(loaded());
            keep.addAll(queued);
            store.save(request, response, keep);
        }
    }

    @Override
    public String toString() {
        return "RequestMessages" + (loaded == null ? "[not loaded]" : loaded) + " + " + queued;
    }
}
