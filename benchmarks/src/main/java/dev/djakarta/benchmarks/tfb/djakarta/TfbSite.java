package dev.djakarta.benchmarks.tfb.djakarta;

import static dev.djakarta.urls.Routes.include;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.urls.Routes;
import java.util.List;

/**
 * The TechEmpower benchmark project. Its settings are in the module's {@code settings.properties} (the framework's
 * default MIDDLEWARE plus {@link ServerHeader}); {@code run.sh} gives the database, the secret key and, for the
 * trimmed configuration, {@code DJAKARTA_MIDDLEWARE} in the environment. Run it with the framework's server:
 *
 * <pre>
 * DJAKARTA_SECRET_KEY=... java -cp benchmarks/target/benchmarks.jar dev.djakarta.management.Manage runserver 127.0.0.1:8080 --noreload
 * </pre>
 */
public final class TfbSite extends Site {
    private final TfbApp app = new TfbApp();

    @Override
    public List<App> apps() {
        return List.of(app);
    }

    @Override
    public Routes routes() {
        return Routes.of(include("", app.routes()));
    }
}
