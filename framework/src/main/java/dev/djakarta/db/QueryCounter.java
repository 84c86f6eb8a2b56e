package dev.djakarta.db;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts (and keeps) the SQL statements a thread runs while counting is on: the basis of assertNumQueries. */
final class QueryCounter implements StatementInspector {
    private static final long serialVersionUID = 1L;
    private final transient ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> r = recording.get();
        if (r != null) {
            r.add(sql);
        }
        return sql;
    }

    List<String> start() {
        List<String> r = new ArrayList<>();
        recording.set(r);
        return r;
    }

    void stop() {
        recording.remove();
    }
}
