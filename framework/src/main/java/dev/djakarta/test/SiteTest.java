package dev.djakarta.test;

import dev.djakarta.Site;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a Site: the site is booted once for the class, and test methods can take a
 * {@link Client} (a fresh one, with an empty cookie jar, per method) or the {@link dev.djakarta.server.Engine}
 * as parameters. Each test runs in a transaction rolled back afterwards, with the {@link #fixtures()} loaded.
 *
 * <pre>{@code
 * @SiteTest(value = BlogSite.class, settings = {"DEBUG=false", "SECRET_KEY=test"})
 * class HomePageTest {
 *     @Test void homePageLoads(Client client) { assertThat(client.get("/").status()).isEqualTo(200); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DjakartaExtension.class)
public @interface SiteTest {
    /** The Site class (needs a public no-argument constructor). */
    Class<? extends Site> value();

    /** Setting overrides as {@code NAME=value}. */
    String[] settings() default {};

    /** Whether injected clients check CSRF tokens (off by default, as in Django's test client). */
    boolean enforceCsrfChecks() default false;

    /**
     * Fixtures loaded before each test, inside the test's transaction (so rolled back with it), as Django's
     * {@code TestCase.fixtures}: names found as {@code fixtures/<name>.json} on the classpath, or file paths.
     */
    String[] fixtures() default {};
}
