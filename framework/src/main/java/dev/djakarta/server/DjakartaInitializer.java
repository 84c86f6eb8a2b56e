package dev.djakarta.server;

import dev.djakarta.Site;
import dev.djakarta.conf.Settings;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a Djakarta site in any Servlet 6 container, so a WAR needs no web.xml. The Site is the
 * {@code djakarta.site} context parameter, or the SITE setting, or the one registered in
 * {@code META-INF/services/dev.djakarta.Site}. The engine is booted with the container's context path (so
 * reverse() and redirects include it) and the {@link FrontController} is mapped to {@code /}; a bad setting
 * fails the deployment with the setting's name.
 */
public final class DjakartaInitializer implements ServletContainerInitializer {
    private static final Logger log = LoggerFactory.getLogger(DjakartaInitializer.class);

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        ClassLoader loader = context.getClassLoader();
        Settings settings = Settings.load(loader);
        String configured = context.getInitParameter("djakarta.site");
        Site site = SiteLoader.find(loader, configured != null ? configured : settings.string("SITE"));
        if (site == null) {
            log.warn("Djakarta is on the classpath of {} but no Site was found; register one in "
                    + "META-INF/services/dev.djakarta.Site", context.getContextPath());
            return;
        }
        Engine engine = Engine.boot(site, settings, context.getContextPath());
        ServletRegistration.Dynamic servlet = context.addServlet("djakarta", new FrontController(engine));
        servlet.addMapping("/");
        servlet.setLoadOnStartup(1);
        servlet.setAsyncSupported(false);
        context.addListener(new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent event) {
                engine.close();
            }
        });
        log.info("Djakarta site {} started at '{}' (DEBUG={})", site.getClass().getName(), context.getContextPath(), engine.debug());
    }
}
