package dev.djakarta.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    private ClassLoader withSettingsFile(String content) throws Exception {
        Files.writeString(dir.resolve("settings.properties"), content);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void layersApplyInOrderDefaultsFileEnvironmentSystemOverrides() throws Exception {
        ClassLoader loader = withSettingsFile("DEBUG=true\nSTATIC_URL=/assets/\nAPPEND_SLASH=false\nMY_APP_SETTING=file\n");
        Properties system = new Properties();
        system.setProperty("DJAKARTA_APPEND_SLASH", "true");
        system.setProperty("djakarta.ignored", "x");
        Settings s = Settings.load(loader, Map.of("DJAKARTA_STATIC_URL", "/env/", "DATABASE_URL", "h2:mem:", "OTHER", "x"),
                system, Map.of("MY_APP_SETTING", "override"));
        assertThat(s.string("DATA_UPLOAD_MAX_NUMBER_FIELDS")).isEqualTo("1000");
        assertThat(s.source("DATA_UPLOAD_MAX_NUMBER_FIELDS")).isEqualTo("defaults");
        assertThat(s.bool("DEBUG")).isTrue();
        assertThat(s.source("DEBUG")).isEqualTo("settings.properties");
        assertThat(s.string("STATIC_URL")).isEqualTo("/env/");
        assertThat(s.source("STATIC_URL")).isEqualTo("environment DJAKARTA_STATIC_URL");
        assertThat(s.string("DATABASE_URL")).isEqualTo("h2:mem:");
        assertThat(s.has("OTHER")).isFalse();
        assertThat(s.bool("APPEND_SLASH")).isTrue();
        assertThat(s.string("MY_APP_SETTING")).isEqualTo("override");
    }

    @Test
    void typedGettersExplainBadValuesNamingTheSettingAndTheFix() {
        Settings s = Settings.of(Map.of("DEBUG", "maybe", "DATA_UPLOAD_MAX_NUMBER_FIELDS", "lots"));
        assertThatThrownBy(() -> s.bool("DEBUG"))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("Setting DEBUG has invalid value 'maybe' (from override): expected true or false. "
                        + "Fix it in settings.properties or DJAKARTA_DEBUG.");
        assertThatThrownBy(() -> s.integer("DATA_UPLOAD_MAX_NUMBER_FIELDS", 1))
                .hasMessageContaining("DATA_UPLOAD_MAX_NUMBER_FIELDS").hasMessageContaining("whole number");
    }

    @Test
    void listsAreCommaSeparatedAndTrimmed() {
        Settings s = Settings.of(Map.of("ALLOWED_HOSTS", " a.com, .b.com ,,"));
        assertThat(s.list("ALLOWED_HOSTS")).containsExactly("a.com", ".b.com");
        assertThat(s.list("NOT_THERE")).isEmpty();
    }

    @Test
    void secretsAreMaskedForDisplay() {
        Settings s = Settings.of(Map.of("SECRET_KEY", "s3cr3t", "API_TOKEN", "t", "DATABASE_URL", "postgres://u:pw@h/db"));
        assertThat(s.masked().get("SECRET_KEY")).isEqualTo("********************");
        assertThat(s.masked().get("API_TOKEN")).isEqualTo("********************");
        assertThat(s.masked().get("DATABASE_URL")).isEqualTo("postgres://u:********@h/db");
        assertThat(s.toString()).doesNotContain("s3cr3t");
        assertThatThrownBy(() -> Settings.of(Map.of("SECRET_KEY", "abc")).integer("SECRET_KEY", 0))
                .hasMessageContaining("(hidden)").hasMessageNotContaining("abc");
    }
}
