package io.cityservices.core.pagination;

/**
 * A list operation's query: its filters plus the cursor of the page to fetch. Implemented by every
 * {@code XxxQuery} record so that {@link PagedIterable#from} can walk all pages of a list operation.
 *
 * @param <Q> the query type itself
 */
public interface PageQuery<Q extends PageQuery<Q>> {

  /**
   * The cursor of the page to fetch.
   *
   * @return the cursor, or {@code null} for the first page
   */
  String cursor();

  /**
   * The same query asking for the page at {@code cursor}.
   *
   * @param cursor the cursor of the page to fetch, or {@code null} for the first page
   * @return a copy of this query with only the cursor changed
   */
  Q withCursor(String cursor);
}
