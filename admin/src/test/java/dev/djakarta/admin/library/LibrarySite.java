package dev.djakarta.admin.library;

import static dev.djakarta.urls.Routes.include;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.admin.AdminApp;
import dev.djakarta.admin.AdminSite;
import dev.djakarta.admin.Fieldset;
import dev.djakarta.admin.InlineAdmin;
import dev.djakarta.admin.ModelAdmin;
import dev.djakarta.auth.AuthApp;
import dev.djakarta.sessions.SessionsApp;
import dev.djakarta.urls.Routes;
import java.util.List;

/** The admin tests' site: sessions, auth, admin and a small library app. */
public final class LibrarySite extends Site {
    public static final class LibraryApp implements App {
        @Override
        public String label() {
            return "library";
        }

        @Override
        public List<Class<?>> models() {
            return List.of(Author.class, Article.class, Note.class, Book.class, Review.class);
        }
    }

    public final AdminSite admin = new AdminSite()
            .register(ModelAdmin.of(Author.class).searchFields("name")
                    .inline(InlineAdmin.stacked(Book.class).fields("title", "slug", "released").extra(1).canDelete(false)))
            .register(ModelAdmin.of(Article.class)
                    .listDisplay("title", "author__name", "status", "published", "featured")
                    .listFilter("status", "featured", "author", "published")
                    .searchFields("^title", "=author__name")
                    .ordering("title")
                    .listPerPage(3)
                    .readonlyFields("views"))
            .register(new ModelAdmin<>(Note.class) {
                // object-level rule: a pinned note can be seen but not changed or deleted, whatever the model permissions
                @Override
                public boolean hasPermission(dev.djakarta.http.Request request, String action, Note note) {
                    if (note != null && note.getText().startsWith("pinned") && (action.equals("change") || action.equals("delete"))) {
                        return false;
                    }
                    return super.hasPermission(request, action, note);
                }
            })
            .register(ModelAdmin.of(Book.class)
                    .listDisplay("title", "author", "released", "inPrint")
                    .listEditable("inPrint")
                    .searchFields("title")
                    .dateHierarchy("released")
                    .autocompleteFields("author")
                    .prepopulatedFields("slug", "title")
                    .fieldsets(Fieldset.of(null, "title", "slug", "author"),
                            Fieldset.of("Publishing", "released", "inPrint", "blurb").collapse().description("When and how it is sold."))
                    .inline(InlineAdmin.tabular(Review.class).fields("reviewer", "body", "stars", "approved").extra(2))
                    .saveAs(true));

    @Override
    public List<App> apps() {
        return List.of(new SessionsApp(), new AuthApp(), new AdminApp(), new LibraryApp());
    }

    @Override
    public Routes routes() {
        return Routes.of(include("admin/", admin.routes(), "admin"));
    }
}
