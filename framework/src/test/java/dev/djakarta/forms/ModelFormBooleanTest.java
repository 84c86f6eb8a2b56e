package dev.djakarta.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.http.Params;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.urls.Routes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFormBooleanTest {
    @Entity
    public static class Flagged {
        @Id
        Long id;
        @Column(nullable = false)
        String name;
        boolean active;
    }

    public static final class FlagSite extends Site {
        @Override
        public List<App> apps() {
            return List.of(new App() {
                public String label() {
                    return "flags";
                }

                public List<Class<?>> models() {
                    return List.of(Flagged.class);
                }
            });
        }

        @Override
        public Routes routes() {
            return Routes.of();
        }
    }

    @Test
    void anUncheckedPrimitiveBooleanIsFalseNotMissing() {
        Engine engine = Client.bootForTests(new FlagSite(), Map.of("DEBUG", "true", "DATABASE_URL", "h2:mem:"));
        try {
            ModelForm<Flagged> form = ModelForm.of(Flagged.class, "name", "active").bind(Params.of(Map.of("name", List.of("x"))));
            assertThat(form.isValid()).as(String.valueOf(form.errors())).isTrue();
            assertThat(form.cleanedData().get("active")).isEqualTo(false);
        } finally {
            engine.close();
        }
    }
}
