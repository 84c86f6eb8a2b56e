package dev.djakarta.test;

import dev.djakarta.db.Database;
import java.util.List;

/** Django's assertNumQueries: catches N+1 queries in tests. */
public final class Queries {
    private Queries() {
    }

    /**
     * Runs {@code block} and fails unless it ran exactly {@code expected} SQL statements on this thread; the failure
     * lists them.
     */
    public static void assertNumQueries(Database db, int expected, Database.ThrowingRunnable block) {
        List<String> statements = db.captureQueries(block);
        if (statements.size() != expected) {
            StringBuilder sb = new StringBuilder(statements.size() + " queries executed, " + expected + " expected\nCaptured queries were:\n");
            for (int i = 0; i < statements.size(); i++) {
                sb.append(i + 1).append(". ").append(statements.get(i)).append('\n');
            }
            throw new AssertionError(sb.toString());
        }
    }
}
