package dev.djakarta.benchmarks.tfb;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The TechEmpower test rules both benchmark apps follow, in one place so that they do identical work: the query
 * count parameter, the random rows, the new random numbers and the fortunes order.
 */
public final class Tfb {
    /** Rows in {@code world}; ids are 1..WORLD_ROWS and random numbers 1..WORLD_ROWS. */
    public static final int WORLD_ROWS = 10_000;
    /** Most rows one {@code /queries} or {@code /updates} request asks for. */
    public static final int MAX_QUERIES = 500;
    /** The plaintext and JSON message. */
    public static final String HELLO = "Hello, World!";
    /** The fortune every {@code /fortunes} request adds, with id 0. */
    public static final String ADDITIONAL_FORTUNE = "Additional fortune added at request time.";

    /**
     * Sorts strings by Unicode code point, as the fortunes test requires. {@link String#compareTo} compares UTF-16
     * code units, which differs for characters outside the Basic Multilingual Plane; a database's collation differs
     * for almost everything, so the sort happens in code.
     */
    public static final Comparator<String> CODE_POINT_ORDER = Tfb::compareCodePoints;

    private Tfb() {
    }

    /** The {@code queries} parameter clamped to 1..500: missing or not a number is 1, below 1 is 1, above 500 is 500. */
    public static int queries(String value) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            // a number too large for an int is still "more than 500"
            return value.trim().matches("\\+?\\d+") ? MAX_QUERIES : 1;
        }
        return Math.max(1, Math.min(MAX_QUERIES, n));
    }

    /** One random row id, 1..10,000. */
    public static int randomId() {
        return 1 + ThreadLocalRandom.current().nextInt(WORLD_ROWS);
    }

    /**
     * {@code count} distinct random row ids. Distinct so that every row costs one query in both apps: an ORM's
     * per-request identity map (Hibernate's session) would answer a repeated id without asking the database.
     */
    public static int[] randomIds(int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int[] ids = new int[count];
        boolean[] taken = new boolean[WORLD_ROWS + 1];
        for (int i = 0; i < count; i++) {
            int id;
            do {
                id = 1 + random.nextInt(WORLD_ROWS);
            } while (taken[id]);
            taken[id] = true;
            ids[i] = id;
        }
        return ids;
    }

    /**
     * Distinct random ids in ascending order, for {@code /updates}: concurrent transactions that lock rows in the
     * same order cannot deadlock on PostgreSQL.
     */
    public static int[] sortedRandomIds(int count) {
        int[] ids = randomIds(count);
        Arrays.sort(ids);
        return ids;
    }

    /** A random number 1..10,000 different from {@code old}, so that every update really changes its row. */
    public static int newRandomNumber(int old) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n;
        do {
            n = 1 + random.nextInt(WORLD_ROWS);
        } while (n == old);
        return n;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
