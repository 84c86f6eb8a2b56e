package dev.djakarta.blog;

import static dev.djakarta.urls.Routes.include;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.admin.AdminSite;
import dev.djakarta.admin.Fieldset;
import dev.djakarta.admin.InlineAdmin;
import dev.djakarta.admin.ModelAdmin;
import dev.djakarta.auth.AuthApp;
import dev.djakarta.auth.AuthViews;
import dev.djakarta.server.Health;
import dev.djakarta.sessions.SessionsApp;
import dev.djakarta.urls.Converter;
import dev.djakarta.urls.Routes;
import java.util.List;
import java.util.Map;

/** The sample blog project: its apps and root routes (Django's settings.py + urls.py). */
public final class BlogSite extends Site {
    private final BlogApp blog = new BlogApp();
    private final AdminSite admin = new AdminSite("Djakarta blog administration")
            .register(ModelAdmin.of(Post.class)
                    .listDisplay("title", "author__username", "status", "category", "publishedAt")
                    .listFilter("status", "category", "author", "publishedAt")
                    .searchFields("title", "body")
                    .ordering("-publishedAt")
                    .dateHierarchy("publishedAt")
                    .listEditable("status")
                    .saveAs(true)
                    .prepopulatedFields("slug", "title")
                    .autocompleteFields("author")
                    .fieldsets(Fieldset.of(null, "title", "slug", "author", "body", "excerpt"),
                            Fieldset.of("Publishing", "status", "publishedAt", "category", "tags"))
                    .inline(InlineAdmin.tabular(Comment.class).fields("name", "email", "body", "approved").readonlyFields("created").extra(1))
                    .viewOnSite((request, post) -> post.isLive() ? BlogLinks.of(request).post(post) : null))
            .register(ModelAdmin.of(Comment.class)
                    .listDisplay("name", "post", "created", "approved")
                    .listFilter("approved", "created")
                    .searchFields("name", "email", "body")
                    .action(dev.djakarta.admin.AdminAction.of("approve", "Approve selected comments", "change", call -> {
                        int n = call.selected().update("approved", true);
                        dev.djakarta.messages.Messages.success(call.request(), n + " comment(s) approved.");
                        return null;
                    }))
                    .action(dev.djakarta.admin.AdminAction.of("unapprove", "Unapprove selected comments", "change", call -> {
                        int n = call.selected().update("approved", false);
                        dev.djakarta.messages.Messages.success(call.request(), n + " comment(s) unapproved.");
                        return null;
                    })))
            .register(Category.class).register(Tag.class).register(dev.djakarta.auth.User.class);

    @Override
    public List<App> apps() {
        return List.of(new SessionsApp(), new AuthApp(), new dev.djakarta.admin.AdminApp(), blog);
    }

    @Override
    public Map<String, Converter<?>> converters() {
        return DateConverters.all();
    }

    @Override
    public Routes routes() {
        return Routes.of(
                include("", blog.routes()),
                include("accounts/", AuthViews.routes()),
                include("admin/", admin.routes(), "admin"),
                include("", Health.routes()));
    }
}
