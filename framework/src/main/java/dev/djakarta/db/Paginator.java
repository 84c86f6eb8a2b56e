package dev.djakarta.db;

import dev.djakarta.http.Http404;
import java.util.List;

/**
 * Django's Paginator over a {@link QuerySet} (one COUNT plus one LIMIT/OFFSET query per page) or a list.
 * {@link #page(String)} takes the raw {@code ?page=} value: a missing value is page 1, {@code "last"} the last
 * page, and anything non-numeric or out of range is a 404 (as Django's generic views do).
 */
public final class Paginator<T> {
    private final QuerySet<T> queryset;
    private final List<T> list;
    private final int perPage;
    private final int orphans;
    private final boolean allowEmptyFirstPage;
    private long count = -1;

    public Paginator(QuerySet<T> queryset, int perPage) {
        this(queryset, null, perPage, 0, true);
    }

    public Paginator(QuerySet<T> queryset, int perPage, int orphans) {
        this(queryset, null, perPage, orphans, true);
    }

    public Paginator(List<T> list, int perPage, int orphans) {
        this(null, list, perPage, orphans, true);
    }

    private Paginator(QuerySet<T> queryset, List<T> list, int perPage, int orphans, boolean allowEmptyFirstPage) {
        if (perPage <= 0) {
            throw new IllegalArgumentException("perPage must be positive, got " + perPage);
        }
        if (orphans < 0) {
            throw new IllegalArgumentException("orphans must not be negative, got " + orphans);
        }
        this.queryset = queryset;
        this.list = list;
        this.perPage = perPage;
        this.orphans = orphans;
        this.allowEmptyFirstPage = allowEmptyFirstPage;
    }

    /** Total number of objects. */
    public long count() {
        if (count < 0) {
            count = queryset != null ? queryset.count() : list.size();
        }
        return count;
    }

    /** Number of pages (at least 1 when an empty first page is allowed). */
    public int numPages() {
        long c = count();
        if (c == 0) {
            return allowEmptyFirstPage ? 1 : 0;
        }
        long hits = Math.max(1, c - orphans);
        return (int) ((hits + perPage - 1) / perPage);
    }

    /** 1..numPages, for page links. */
    public List<Integer> pageRange() {
        return java.util.stream.IntStream.rangeClosed(1, numPages()).boxed().toList();
    }

    public int perPage() {
        return perPage;
    }

    /** Page {@code number} (1-based). @throws Http404 when out of range */
    public Page<T> page(int number) {
        if (number < 1 || number > numPages()) {
            throw new Http404("Invalid page (" + number + "): that page contains no results");
        }
        int bottom = (number - 1) * perPage;
        long top = bottom + perPage;
        if (top + orphans >= count()) {
            top = count();
        }
        List<T> items = queryset != null ? queryset.slice(bottom, (int) top).list() : list.subList(bottom, (int) top);
        return new Page<>(items, number, this);
    }

    /** The page for a raw request value ({@code null} is 1, {@code "last"} is the last). @throws Http404 otherwise */
    public Page<T> page(String raw) {
        if (raw == null || raw.isBlank()) {
            return page(1);
        }
        if (raw.equals("last")) {
            return page(numPages());
        }
        try {
            return page(Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            throw new Http404("Page is not 'last', nor can it be converted to an int.");
        }
    }
}
