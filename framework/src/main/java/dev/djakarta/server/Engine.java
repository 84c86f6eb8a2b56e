package dev.djakarta.server;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.conf.ImproperlyConfigured;
import dev.djakarta.conf.Settings;
import dev.djakarta.http.MethodNotAllowed;
import dev.djakarta.http.RawRequest;
import dev.djakarta.http.Request;
import dev.djakarta.http.RequestPolicy;
import dev.djakarta.http.Response;
import dev.djakarta.middleware.Handler;
import dev.djakarta.middleware.Middleware;
import dev.djakarta.staticfiles.StaticFiles;
import dev.djakarta.templates.Templates;
import dev.djakarta.urls.Match;
import dev.djakarta.urls.Resolver;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started site: settings loaded and checked, routes compiled, middleware built into one chain. Django's
 * BaseHandler. Every transport uses the same engine and the same path: the servlet ({@link FrontController}),
 * the embedded server and the test client all call {@link #newRequest} then {@link #handle}.
 *
 * <p>The chain is folded once at start-up, innermost first, and each layer is guarded so that an exception
 * becomes an error response right where it happens: outer middleware always get a response (with
 * {@link Response#exception()} set), as with Django's convert_exception_to_response.
 *
 * <p>Thread-safe and immutable after {@link #boot}.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> KNOWN_METHOD_LIST = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Site site;
    private final Settings settings;
    private final boolean debug;
    private final String contextPath;
    private final RequestPolicy policy;
    private final Resolver resolver;
    private final StaticFiles staticFiles;
    private final ErrorHandler errors;
    private final Templates templates;
    private final List<Middleware> middleware;
    private final Handler chain;
    private final dev.djakarta.db.Database database;
    private final boolean atomicRequests;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> components = new java.util.concurrent.ConcurrentHashMap<>();

    private Engine(Site site, Settings settings, String contextPath) {
        this.site = site;
        this.settings = settings;
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        this.debug = settings.bool("DEBUG");
        if (!debug && settings.string("SECRET_KEY").isEmpty()) {
            throw new ImproperlyConfigured("Setting SECRET_KEY must not be empty when DEBUG is false. Set DJAKARTA_SECRET_KEY "
                    + "to a long random value (50+ characters), or DJAKARTA_DEBUG=true for development.");
        }
        this.policy = RequestPolicy.from(settings);
        settings.integer("SERVER_MAX_THREADS", 200);
        settings.integer("SERVER_STOP_TIMEOUT", 10);
        settings.bool("APPEND_SLASH");
        this.staticFiles = new StaticFiles(settings, site.getClass().getClassLoader());
        this.database = openDatabase(site, settings);
        this.atomicRequests = settings.bool("ATOMIC_REQUESTS");
        if (database != null) {
            onClose(database);
        }
        this.resolver = Resolver.compile(site.routes(), site.converters(), this.contextPath);
        this.errors = new ErrorHandler(this);
        this.templates = new Templates(this);
        this.middleware = instantiateMiddleware();
        Handler inner = errors.guard(this::dispatch, "view");
        for (int i = middleware.size() - 1; i >= 0; i--) {
            Middleware m = middleware.get(i);
            Handler next = inner;
            inner = errors.guard(request -> m.handle(request, next), m.getClass().getName());
        }
        this.chain = inner;
    }

    /** Starts {@code site} with settings from its class loader and the environment, at the root context. */
    public static Engine boot(Site site) {
        return boot(site, Map.of());
    }

    /** Starts {@code site} with {@code overrides} on top of its settings (tests, tools). */
    public static Engine boot(Site site, Map<String, String> overrides) {
        return boot(site, Settings.load(site.getClass().getClassLoader(), overrides), "");
    }

    /**
     * Starts {@code site} with explicit settings under a context path ({@code ""} for the root).
     *
     * @throws ImproperlyConfigured on a bad setting, route or middleware, with one line saying what to fix
     */
    public static Engine boot(Site site, Settings settings, String contextPath) {
        Engine engine = new Engine(site, settings, contextPath);
        for (App app : site.apps()) {
            app.ready(engine);
        }
        return engine;
    }

    /** The database of the site's models, or null when no installed app declares any. */
    private static dev.djakarta.db.Database openDatabase(Site site, Settings settings) {
        Map<Class<?>, String> models = new java.util.LinkedHashMap<>();
        for (App app : site.apps()) {
            for (Class<?> model : app.models()) {
                if (!model.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                    throw new ImproperlyConfigured(model.getName() + " is listed in the models() of app '" + app.label()
                            + "' but is not a JPA entity: annotate it with @jakarta.persistence.Entity and give it an @Id.");
                }
                String previous = models.putIfAbsent(model, app.label());
                if (previous != null) {
                    throw new ImproperlyConfigured("Model " + model.getName() + " is listed by two apps: '" + previous + "' and '"
                            + app.label() + "'. Each model belongs to one app.");
                }
            }
        }
        return models.isEmpty() ? null : dev.djakarta.db.Database.open(settings, models);
    }

    private List<Middleware> instantiateMiddleware() {
        List<Middleware> out = new ArrayList<>();
        ClassLoader loader = site.getClass().getClassLoader();
        for (String name : settings.list("MIDDLEWARE")) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                throw settings.invalid("MIDDLEWARE", "class " + name + " was not found on the classpath");
            }
            if (!Middleware.class.isAssignableFrom(type)) {
                throw settings.invalid("MIDDLEWARE", name + " does not implement dev.djakarta.middleware.Middleware");
            }
            out.add(instantiate(type, name));
        }
        return List.copyOf(out);
    }

    private Middleware instantiate(Class<?> type, String name) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Engine.class) {
                    return (Middleware) c.newInstance(this);
                }
            }
            return (Middleware) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw settings.invalid("MIDDLEWARE", name + " needs a public constructor taking Engine, or none");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImproperlyConfigured ic) {
                throw ic;
            }
            throw new ImproperlyConfigured("Middleware " + name + " failed to start: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new ImproperlyConfigured("Middleware " + name + " cannot be created: " + e, e);
        }
    }

    /** The innermost handler: static files, or resolve the path and call the view. */
    private Response dispatch(Request request) throws Exception {
        if (!KNOWN_METHODS.contains(request.method())) {
            throw new MethodNotAllowed(request.method(), KNOWN_METHOD_LIST);
        }
        String path = request.path();
        if (staticFiles.handles(path)) {
            return staticFiles.serve(request);
        }
        Match match = resolver.resolve(path);
        if (match == null) {
            throw new ResolverNotFound(path);
        }
        request.bindRoute(match.name(), match.pattern(), match.kwargs());
        Response response = atomicRequests && database != null
                ? database.atomic(() -> match.view().handle(request)) : match.view().handle(request);
        if (response == null) {
            throw new IllegalStateException("The view for route '" + (match.name() != null ? match.name() : match.pattern())
                    + "' (" + match.view().getClass().getName() + ") didn't return a Response. It returned null instead.");
        }
        return response;
    }

    /** A request over {@code raw}, ready for {@link #handle}. */
    public Request newRequest(RawRequest raw) {
        Request request = new Request(raw, policy);
        request.setAttribute(Resolver.REQUEST_ATTRIBUTE, resolver);
        request.setAttribute(ENGINE_ATTRIBUTE, this);
        return request;
    }

    /** Request attribute holding the engine. */
    public static final String ENGINE_ATTRIBUTE = "djakarta.engine";

    /** The engine handling {@code request}. */
    public static Engine of(Request request) {
        return request.attribute(ENGINE_ATTRIBUTE);
    }

    /** Runs the middleware chain and the view. Never throws for application errors: they become responses. */
    public Response handle(Request request) {
        try {
            return chain.handle(request);
        } catch (Exception e) {
            // unreachable in practice: every layer is guarded; kept so a transport never sees an exception
            return errors.respond(request, e);
        }
    }

    /**
     * Ends a request once its response has been written: deletes temporary uploads and closes the thread's unit of
     * work (the database session). Transports call it in a finally block.
     */
    public void finish(Request request) {
        try {
            request.cleanUp();
        } finally {
            if (database != null) {
                database.endUnitOfWork();
            }
        }
    }

    /**
     * The database of the site's models.
     *
     * @throws ImproperlyConfigured when no installed app declares models
     */
    public dev.djakarta.db.Database database() {
        if (database == null) {
            throw new ImproperlyConfigured("This site has no database: no installed app lists models in App.models().");
        }
        return database;
    }

    /** True when the site has models (and so a database). */
    public boolean hasDatabase() {
        return database != null;
    }

    /** The path of a named route, with the context path: Django's reverse(). */
    public String reverse(String name, Object... args) {
        return resolver.reverse(name, args);
    }

    /**
     * The engine's one instance of {@code type}, made by {@code factory} on first use: how subsystems (password
     * hashing, session stores, template engines) keep start-up-built state per site without the engine knowing them.
     * A component that is AutoCloseable is closed with the engine.
     */
    public <T> T component(Class<T> type, java.util.function.Function<Engine, T> factory) {
        Object existing = components.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        T made = factory.apply(this);
        Object raced = components.putIfAbsent(type, made);
        if (raced != null) {
            return type.cast(raced);
        }
        if (made instanceof AutoCloseable c) {
            onClose(c);
        }
        return made;
    }

    private final List<Health.ReadinessCheck> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Adds a condition {@code readyz} checks (apps add theirs in {@link App#ready}). */
    public void addReadinessCheck(Health.ReadinessCheck check) {
        readiness.add(check);
    }

    List<Health.ReadinessCheck> readinessChecks() {
        return readiness;
    }

    /** Registers something to close when the engine closes (pools, caches). */
    public void onClose(AutoCloseable resource) {
        synchronized (closeables) {
            closeables.add(resource);
        }
    }

    /** Closes registered resources in reverse order. */
    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (closeables) {
            toClose = new ArrayList<>(closeables);
            closeables.clear();
        }
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", toClose.get(i), e.toString());
            }
        }
    }

    public Site site() {
        return site;
    }

    public Settings settings() {
        return settings;
    }

    public boolean debug() {
        return debug;
    }

    public Resolver resolver() {
        return resolver;
    }

    public RequestPolicy policy() {
        return policy;
    }

    public StaticFiles staticFiles() {
        return staticFiles;
    }

    /** The template engine, set up once at start-up (see {@link Templates}). */
    public Templates templates() {
        return templates;
    }

    /** The servlet context path ({@code ""} at the root). */
    public String contextPath() {
        return contextPath;
    }

    /** The middleware instances, outermost first. */
    public List<Middleware> middleware() {
        return middleware;
    }

    ErrorHandler errors() {
        return errors;
    }
}
