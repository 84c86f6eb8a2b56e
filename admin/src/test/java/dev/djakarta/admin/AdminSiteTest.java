package dev.djakarta.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.djakarta.admin.library.Article;
import org.junit.jupiter.api.Test;

class AdminSiteTest {
    @Test
    void registeringTwiceIsRefused() {
        AdminSite site = new AdminSite().register(Article.class);
        assertThatThrownBy(() -> site.register(Article.class)).isInstanceOf(AlreadyRegistered.class)
                .hasMessageContaining(Article.class.getName());
    }

    public static final class NoAuthSite extends dev.djakarta.Site {
        @Override
        public java.util.List<dev.djakarta.App> apps() {
            return java.util.List.of();
        }

        @Override
        public dev.djakarta.urls.Routes routes() {
            return dev.djakarta.urls.Routes.of(dev.djakarta.urls.Routes.include("admin/", new AdminSite().routes(), "admin"));
        }
    }

    @Test
    void aSiteWithoutAuthHasAClosedAdmin() {
        dev.djakarta.test.Client client = dev.djakarta.test.Client.of(new NoAuthSite(), java.util.Map.of("DEBUG", "false",
                "SECRET_KEY", "k".repeat(60)));
        assertThat(client.get("/admin/").status()).isEqualTo(403);
    }

    @Test
    void namesComeFromTheModelClass() {
        ModelAdmin<LogEntry> admin = ModelAdmin.of(LogEntry.class);
        assertThat(admin.modelName()).isEqualTo("logentry");
        assertThat(admin.verboseName()).isEqualTo("log entry");
        assertThat(admin.verboseNamePlural()).isEqualTo("Log entries");
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(Export.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Export.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Export.cell("=cmd()")).isEqualTo("'=cmd()");
        assertThat(Export.cell("-12.5")).isEqualTo("-12.5");
    }
}
