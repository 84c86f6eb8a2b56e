package dev.djakarta.benchmarks.tfb.raw;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.djakarta.benchmarks.tfb.TfbData;
import jakarta.servlet.http.HttpServlet;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The raw baseline: plain {@link HttpServlet}s on embedded Jetty 12 (ee10), HikariCP and prepared statements. It
 * uses the same thread pool as Djakarta's embedded server on JDK 17-20 (a QueuedThreadPool of at most 200 threads),
 * the same connection-pool size, and the same database.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.djakarta.benchmarks.tfb.raw.RawServer --port 8081 \
 *      [--url jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1] [--user sa] [--password ""] [--pool 10] [--threads 200] [--no-create-tables]
 * </pre>
 *
 * Tables are created and filled at start-up unless {@code --no-create-tables} is given (PostgreSQL, where run.sh
 * fills a shared schema once).
 */
public final class RawServer implements AutoCloseable {
    /** Start-up options; defaults match the Djakarta app's on H2. */
    public record Options(String host, int port, String url, String user, String password, int pool, int threads,
                          boolean createTables) {
        public static Options defaults() {
            return new Options("127.0.0.1", 8081, "jdbc:h2:mem:tfb;DB_CLOSE_DELAY=-1", "sa", "", 10, 200, true);
        }

        /** These options with the command line's on top. @throws IllegalArgumentException on a bad option */
        Options parse(String[] args) {
            String host = this.host;
            String url = this.url;
            String user = this.user;
            String password = this.password;
            int port = this.port;
            int pool = this.pool;
            int threads = this.threads;
            boolean create = this.createTables;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--no-create-tables")) {
                    create = false;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Option " + option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--host" -> host = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--pool" -> pool = Integer.parseInt(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
            return new Options(host, port, url, user, password, pool, threads, create);
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final HikariDataSource dataSource;

    private RawServer(Server server, ServerConnector connector, HikariDataSource dataSource) {
        this.server = server;
        this.connector = connector;
        this.dataSource = dataSource;
    }

    /** Connects the pool, creates the tables if asked, and starts serving (port 0 picks a free one). */
    public static RawServer start(Options options) throws Exception {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(options.url());
        hikari.setUsername(options.user());
        hikari.setPassword(options.password());
        hikari.setPoolName("raw");
        hikari.setMaximumPoolSize(options.pool());
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            if (options.createTables()) {
                try (Connection c = dataSource.getConnection()) {
                    TfbData.create(c);
                }
            }
            QueuedThreadPool threads = new QueuedThreadPool(Math.max(options.threads(), 8), Math.min(8, options.threads()));
            threads.setName("raw");
            Server server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);   // the servlets set Server themselves, as the Djakarta app does
            http.setSendXPoweredBy(false);
            http.setSendDateHeader(true);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(options.host());
            connector.setPort(options.port());
            server.addConnector(connector);

            RawDatabase db = new RawDatabase(dataSource);
            ServletContextHandler context = new ServletContextHandler("/");
            add(context, "/plaintext", new RawServlets.Plaintext());
            add(context, "/json", new RawServlets.Json());
            add(context, "/db", new RawServlets.Db(db));
            add(context, "/queries", new RawServlets.Queries(db));
            add(context, "/updates", new RawServlets.Updates(db));
            add(context, "/fortunes", new RawServlets.Fortunes(db));
            add(context, "/fortunes-thymeleaf", new RawServlets.FortunesThymeleaf(db, new RawTemplates()));
            server.setHandler(context);
            server.start();
            return new RawServer(server, connector, dataSource);
        } catch (Exception e) {
            dataSource.close();
            throw e;
        }
    }

    private static void add(ServletContextHandler context, String path, HttpServlet servlet) {
        context.addServlet(new ServletHolder(servlet), path);
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The connection pool (tests read the rows back through it). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            dataSource.close();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.defaults().parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(2);
            return;
        }
        RawServer server = start(options);
        List<String> paths = new ArrayList<>(List.of("/plaintext", "/json", "/db", "/queries", "/updates", "/fortunes",
                "/fortunes-thymeleaf"));
        System.out.println("Raw baseline at http://" + options.host() + ":" + server.port() + " " + paths
                + " (pool " + options.pool() + ", up to " + options.threads() + " threads)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Stopping failed: " + e);
            }
        }));
        server.server.join();
    }
}
