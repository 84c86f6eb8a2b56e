package dev.djakarta.server;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * Embedded Jetty 12 (ee10) serving one servlet at {@code /}: the {@code runserver} server and the production
 * embedded mode. Virtual threads on JDK 21+, a bounded pool on 17-20. An access log line per request on the
 * {@code djakarta.server.access} logger; graceful stop (in-flight requests finish) on Ctrl-C / SIGTERM.
 *
 * <p>The servlet can be swapped while running ({@link #swap}), which is how code reloading replaces the site
 * without closing the port.
 */
public final class EmbeddedServer implements AutoCloseable {
    /** The port is taken: one clear line for the user, no stack trace. */
    public static final class PortInUse extends Exception {
        private static final long serialVersionUID = 1L;

        PortInUse(String host, int port) {
            super("That port is already in use (" + host + ":" + port + "). Stop the other server or pick another port: "
                    + "runserver " + host + ":" + (port + 1));
        }
    }

    /** The logger of the access log. */
    static final String ACCESS_LOGGER = "djakarta.server.access";

    private final Server server;
    private final ServerConnector connector;
    private final Swappable holder;

    private EmbeddedServer(Server server, ServerConnector connector, Swappable holder) {
        this.server = server;
        this.connector = connector;
        this.holder = holder;
    }

    /**
     * Starts serving {@code servlet} on {@code host:port} (port 0 picks a free one).
     *
     * @param maxThreads    the pool size on JDK 17-20
     * @param stopTimeoutMs how long in-flight requests get on shutdown
     * @throws PortInUse when the address is taken
     */
    public static EmbeddedServer start(String host, int port, HttpServlet servlet, int maxThreads, long stopTimeoutMs)
            throws PortInUse, Exception {
        return start(host, port, servlet, maxThreads, stopTimeoutMs, "text");
    }

    /** The access-log line formats: {@code text} (NCSA-like), {@code json} (one object per line), {@code off}. */
    static String accessLogFormat(String kind) {
        return switch (kind) {
            // the log event carries the time; Jetty's %t would add brackets
            case "json" -> "{\"client\":\"%{client}a\",\"method\":\"%m\","
                    + "\"path\":\"%U\",\"query\":\"%q\",\"protocol\":\"%H\",\"status\":%s,\"bytes\":%O,\"ms\":%{ms}T,"
                    + "\"referer\":\"%{Referer}i\",\"agent\":\"%{User-Agent}i\"}";
            case "text" -> "%{client}a \"%r\" %s %O %{ms}Tms";
            default -> null;
        };
    }

    /**
     * Starts serving with an access log in {@code logFormat} ({@code text}, {@code json} or {@code off}) on the
     * {@code djakarta.server.access} logger.
     */
    public static EmbeddedServer start(String host, int port, HttpServlet servlet, int maxThreads, long stopTimeoutMs,
                                       String logFormat) throws PortInUse, Exception {
        ThreadPool pool;
        if (VirtualThreads.areSupported()) {
            VirtualThreadPool vt = new VirtualThreadPool();
            vt.setName("djakarta");
            pool = vt;
        } else {
            QueuedThreadPool qtp = new QueuedThreadPool(Math.max(maxThreads, 8), Math.min(8, maxThreads));
            qtp.setName("djakarta");
            pool = qtp;
        }
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Let ambiguous paths (%2F, %2e%2e, //) through to Djakarta, which decodes strictly and answers 400/404
        // itself, the same way embedded, in a WAR and in the test client.
        http.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        Swappable holder = new Swappable(servlet);
        ServletHolder sh = new ServletHolder("djakarta", holder);
        sh.setInitOrder(1);
        context.addServlet(sh, "/");
        server.setHandler(new GracefulHandler(context));
        String format = accessLogFormat(logFormat);
        // Jetty formats every line before handing it to SLF4J, so with the logger off (a NOP binding, or the level
        // above INFO when the server starts) no request log is installed at all
        if (format != null && org.slf4j.LoggerFactory.getLogger(ACCESS_LOGGER).isInfoEnabled()) {
            server.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter() {
                {
                    setLoggerName(ACCESS_LOGGER);
                }
            }, format));
        }
        server.setStopTimeout(stopTimeoutMs);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (IOException e) {
            server.stop();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUse(host, port);
            }
            throw e;
        }
        return new EmbeddedServer(server, connector, holder);
    }

    /**
     * Loads and initialises the classes {@link #start} needs by building (and dropping) a server like it, without
     * opening a port: runserver calls it on a background thread while the site boots.
     */
    static void preload() {
        Server server = new Server(new QueuedThreadPool(8, 1));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(new HttpConfiguration()));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder("preload", new HttpServlet() {
            private static final long serialVersionUID = 1L;
        }), "/");
        server.setHandler(new GracefulHandler(context));
        new CustomRequestLog(new Slf4jRequestLogWriter(), accessLogFormat("text"));
    }

    /** True when requests run on virtual threads (JDK 21+), false for the bounded pool. */
    public boolean usesVirtualThreads() {
        return server.getThreadPool() instanceof VirtualThreadPool;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Replaces the servlet; requests already running finish on the old one, which is then destroyed. */
    public void swap(HttpServlet servlet) throws ServletException {
        holder.swap(servlet);
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops gracefully: no new connections, in-flight requests get the stop timeout to finish. Idle keep-alive
     * connections can outlast that timeout; the server is stopped all the same, so that is not an error.
     */
    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } catch (java.util.concurrent.TimeoutException e) {
            org.slf4j.LoggerFactory.getLogger(EmbeddedServer.class).debug("Graceful stop timed out; connections were closed");
        }
    }

    /** A servlet delegating to a replaceable one; requests run with the delegate's class loader as context loader. */
    private static final class Swappable extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private transient volatile HttpServlet delegate;

        Swappable(HttpServlet first) {
            this.delegate = first;
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            delegate.init(config);
        }

        void swap(HttpServlet next) throws ServletException {
            next.init(getServletConfig());
            HttpServlet old = delegate;
            delegate = next;
            old.destroy();
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            HttpServlet current = delegate;
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(current.getClass().getClassLoader());
            try {
                current.service(req, resp);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }
}
