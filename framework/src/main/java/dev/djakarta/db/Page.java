package dev.djakarta.db;

import java.util.List;

/** One page of a {@link Paginator}: its objects and where it stands. */
public record Page<T>(List<T> objectList, int number, Paginator<T> paginator) {
    public boolean hasNext() {
        return number < paginator.numPages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasOtherPages() {
        return hasNext() || hasPrevious();
    }

    public int nextPageNumber() {
        if (!hasNext()) {
            throw new dev.djakarta.http.Http404("That page contains no results");
        }
        return number + 1;
    }

    public int previousPageNumber() {
        if (!hasPrevious()) {
            throw new dev.djakarta.http.Http404("That page number is less than 1");
        }
        return number - 1;
    }

    /** 1-based index of the first object on this page (0 for an empty page). */
    public long startIndex() {
        return paginator.count() == 0 ? 0 : (long) paginator.perPage() * (number - 1) + 1;
    }

    /** 1-based index of the last object on this page. */
    public long endIndex() {
        return number == paginator.numPages() ? paginator.count() : (long) number * paginator.perPage();
    }
}
