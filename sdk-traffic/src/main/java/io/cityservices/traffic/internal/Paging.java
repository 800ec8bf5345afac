package io.cityservices.traffic.internal;

import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.function.Function;

/** Auto-pagination that honours the cursor a query already carries. */
final class Paging {

  private Paging() {}

  /**
   * Every item from the page at {@code firstCursor} on ({@code null}: the first page). Each new
   * iteration starts again at {@code firstCursor}.
   */
  static <T> PagedIterable<T> from(String firstCursor, Function<String, Page<T>> fetch) {
    // PagedIterable asks for the first page with a null cursor and for every later one with the
    // cursor the platform returned, which is never null.
    return new PagedIterable<>(cursor -> fetch.apply(cursor == null ? firstCursor : cursor));
  }
}
