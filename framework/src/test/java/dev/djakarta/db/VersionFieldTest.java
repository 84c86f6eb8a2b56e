package dev.djakarta.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.server.Engine;
import dev.djakarta.test.Client;
import dev.djakarta.urls.Routes;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionFieldTest {
    @Entity
    public static class Locked {
        @Id
        Long id;
        String name;
        @Version
        long revision;
    }

    @Entity
    public static class Plain {
        @Id
        Long id;
        String name;
    }

    public static final class VersionSite extends Site {
        @Override
        public List<App> apps() {
            return List.of(new App() {
                public String label() {
                    return "versions";
                }

                public List<Class<?>> models() {
                    return List.of(Locked.class, Plain.class);
                }
            });
        }

        @Override
        public Routes routes() {
            return Routes.of();
        }
    }

    @Test
    void theVersionAttributeIsKnownToTheMetadata() {
        Engine engine = Client.bootForTests(new VersionSite(), Map.of("DEBUG", "true", "DATABASE_URL", "h2:mem:"));
        try {
            ModelMeta<Locked> locked = engine.database().meta(Locked.class);
            assertThat(locked.versionField().name()).isEqualTo("revision");
            assertThat(locked.field("revision", null).isVersion()).isTrue();
            assertThat(locked.field("name", null).isVersion()).isFalse();
            assertThat(engine.database().meta(Plain.class).versionField()).isNull();
        } finally {
            engine.close();
        }
    }
}
