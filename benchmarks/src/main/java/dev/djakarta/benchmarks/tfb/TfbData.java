package dev.djakarta.benchmarks.tfb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark tables, TechEmpower's {@code world} (10,000 rows, random numbers 1..10,000) and {@code fortune}
 * (the 12 standard rows, from {@code fortunes.sql}), in portable SQL for H2 and PostgreSQL.
 *
 * <p>On H2 each app creates and fills its own in-memory copy at start-up. On PostgreSQL {@code run.sh} fills one
 * dedicated schema once, both apps use it, and the script drops it at the end:
 *
 * <pre>
 * java -cp benchmarks.jar dev.djakarta.benchmarks.tfb.TfbData create-schema jdbc:postgresql://127.0.0.1:5432/test postgres tfb_bench
 * java -cp benchmarks.jar dev.djakarta.benchmarks.tfb.TfbData drop-schema   jdbc:postgresql://127.0.0.1:5432/test postgres tfb_bench
 * </pre>
 */
public final class TfbData {
    /** The world rows are the same in every run and in both apps. */
    private static final long SEED = 20_241_122L;

    private TfbData() {
    }

    /** Creates (or empties) both tables and fills them, in one transaction. */
    public static void create(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS world (id INTEGER PRIMARY KEY, randomnumber INTEGER NOT NULL)");
            st.execute("DELETE FROM world");
            for (String sql : statements(fortunesSql())) {
                st.execute(sql);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO world (id, randomnumber) VALUES (?, ?)")) {
                SplittableRandom random = new SplittableRandom(SEED);
                for (int id = 1; id <= Tfb.WORLD_ROWS; id++) {
                    insert.setInt(1, id);
                    insert.setInt(2, 1 + random.nextInt(Tfb.WORLD_ROWS));
                    insert.addBatch();
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The standard fortunes script shipped with this module (a copy of shared/bench/fortunes.sql). */
    static String fortunesSql() {
        try (InputStream in = TfbData.class.getResourceAsStream("fortunes.sql")) {
            if (in == null) {
                throw new IllegalStateException("fortunes.sql is missing from the classpath next to " + TfbData.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: lines ending in ';' end a statement; '--' lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** {@code create-schema|drop-schema JDBC_URL USER SCHEMA} (PostgreSQL; the password, if any, from PGPASSWORD). */
    public static void main(String[] args) throws SQLException {
        if (args.length != 4 || !(args[0].equals("create-schema") || args[0].equals("drop-schema"))
                || !args[3].matches("[a-z_][a-z0-9_]*")) {
            System.err.println("Usage: TfbData create-schema|drop-schema JDBC_URL USER SCHEMA (schema: lower-case letters, digits, _)");
            System.exit(2);
        }
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection c = DriverManager.getConnection(args[1], args[2], password); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + args[3] + " CASCADE");
            if (args[0].equals("create-schema")) {
                st.execute("CREATE SCHEMA " + args[3]);
                st.execute("SET search_path TO " + args[3]);
                create(c);
                st.execute("ANALYZE world");
                st.execute("ANALYZE fortune");
                System.out.println("Schema " + args[3] + " created with world (" + Tfb.WORLD_ROWS + " rows) and fortune (12 rows).");
            } else {
                System.out.println("Schema " + args[3] + " dropped.");
            }
        }
    }
}
