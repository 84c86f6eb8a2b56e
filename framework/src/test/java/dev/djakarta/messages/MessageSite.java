package dev.djakarta.messages;

import static dev.djakarta.templates.Render.render;
import static dev.djakarta.urls.Routes.path;

import dev.djakarta.Site;
import dev.djakarta.http.Response;
import dev.djakarta.urls.Routes;
import java.util.Map;

/** Views that add messages, show them, or only count them. */
public class MessageSite extends Site {
    @Override
    public Routes routes() {
        return Routes.of(
                path("add/", r -> {
                    Messages.success(r, "Saved <b>it</b>");
                    Messages.debug(r, "Only for debugging");
                    Messages.add(r, Messages.WARNING, "Check the spelling", "sticky");
                    return Response.redirect("/show/");
                }, "add"),
                path("add-many/", r -> {
                    for (int i = 0; i < 60; i++) {
                        Messages.info(r, "Message number " + i + " with some padding to make it long");
                    }
                    return Response.redirect("/show/");
                }, "add_many"),
                path("add-and-show/", r -> {
                    Messages.info(r, "Right away");
                    return render(r, "testsite/messages.html", Map.of());
                }, "add_and_show"),
                path("show/", r -> render(r, "testsite/messages.html", Map.of()), "show"),
                path("count/", r -> Response.text(Integer.toString(Messages.get(r).size())), "count"),
                path("nothing/", r -> Response.text("nothing"), "nothing"));
    }
}
