package dev.djakarta.benchmarks;

import dev.djakarta.App;
import dev.djakarta.Site;
import dev.djakarta.benchmarks.tfb.TfbData;
import dev.djakarta.benchmarks.tfb.djakarta.World;
import dev.djakarta.db.Database;
import dev.djakarta.server.Engine;
import dev.djakarta.urls.Routes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A QuerySet {@code get} by id and a 20-row filtered, ordered list, against raw JDBC with prepared statements on the
 * same HikariCP pool and database. Each Djakarta operation ends its unit of work (closes the session) as a request
 * would, so the figure includes opening a Hibernate session per "request".
 *
 * <p>{@code database}: {@code h2} (in-memory, the default) or {@code postgresql} (127.0.0.1:5432, user postgres,
 * database test; the table lives in a schema created for the run and dropped after it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuerySetBenchmark {
    private static final int ROWS = 10_000;

    @Param({"h2"})
    String database;

    Engine engine;
    Database db;
    DataSource dataSource;
    SplittableRandom random = new SplittableRandom(42);
    Runnable drop = () -> { };

    /** A site whose one app owns the World model. */
    public static final class BenchSite extends Site {
        @Override
        public List<App> apps() {
            return List.of(new App() {
                public String label() {
                    return "bench";
                }

                public List<Class<?>> models() {
                    return List.of(World.class);
                }
            });
        }

        @Override
        public Routes routes() {
            return Routes.of();
        }
    }

    @Setup
    public void setUp() throws SQLException {
        String url = database.equals("postgresql") ? "postgres://postgres@127.0.0.1:5432/test" : "h2:mem:";
        var isolated = dev.djakarta.test.TestDatabases.isolate(dev.djakarta.conf.Settings.of(Map.of("DATABASE_URL", url)));
        drop = isolated.drop();
        Map<String, String> settings = new java.util.HashMap<>(isolated.settings());
        settings.putAll(Map.of("DEBUG", "false", "SECRET_KEY", "bench", "DATABASE_POOL_SIZE", "4"));
        engine = Engine.boot(new BenchSite(), settings);
        db = engine.database();
        dataSource = db.dataSource();
        try (Connection c = dataSource.getConnection()) {
            TfbData.create(c);   // the world and fortune tables, filled
        }
    }

    @TearDown
    public void tearDown() {
        engine.close();
        drop.run();
    }

    private int randomId() {
        return 1 + random.nextInt(ROWS);
    }

    @Benchmark
    public int querySetGet() {
        try {
            return World.objects().get("id", randomId()).getRandomNumber();
        } finally {
            db.endUnitOfWork();
        }
    }

    @Benchmark
    public int jdbcGet() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select id, randomnumber from world where id = ?")) {
            st.setInt(1, randomId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new World(rs.getInt(1), rs.getInt(2)).getRandomNumber();
            }
        }
    }

    @Benchmark
    public int querySetList20() {
        try {
            return World.objects().filter("id__gt", random.nextInt(ROWS - 20)).orderBy("id").limit(20).list().size();
        } finally {
            db.endUnitOfWork();
        }
    }

    @Benchmark
    public int jdbcList20() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "select id, randomnumber from world where id > ? order by id fetch first 20 rows only")) {
            st.setInt(1, random.nextInt(ROWS - 20));
            List<World> rows = new ArrayList<>(20);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new World(rs.getInt(1), rs.getInt(2)));
                }
            }
            return rows.size();
        }
    }
}
