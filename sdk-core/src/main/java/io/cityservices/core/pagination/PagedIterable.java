package io.cityservices.core.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a list operation, fetching pages lazily as iteration reaches them: the first page is
 * requested on the first {@code hasNext()}, the next one only when the previous is used up. Each
 * {@link #iterator()} or {@link #stream()} starts again from the first page. Errors surface as the
 * SDK's unchecked exceptions from {@code hasNext()}/{@code next()}.
 *
 * <p>Not thread-safe per iterator; the iterable itself may be shared.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  private final @Nullable String firstCursor;
  private final Function<@Nullable String, Page<T>> fetch;

  /**
   * Every item from the first page on.
   *
   * @param fetch fetches the page at a cursor; called with {@code null} for the first page
   */
  public PagedIterable(Function<@Nullable String, Page<T>> fetch) {
    this(null, fetch);
  }

  /**
   * Every item from the page at {@code firstCursor} on (for a query that already carries a
   * cursor); each new iteration starts there again.
   *
   * @param firstCursor the cursor of the first page to fetch, or null for the very first page
   * @param fetch fetches the page at a cursor
   */
  public PagedIterable(@Nullable String firstCursor, Function<@Nullable String, Page<T>> fetch) {
    this.firstCursor = firstCursor;
    this.fetch = fetch;
  }

  /**
   * Every item a list operation returns for {@code query}, from the page at the query's cursor on
   * (the first page when it has none), fetched lazily with {@code list}; each new iteration starts
   * again at that cursor. This is how every {@code listAll} is derived from its {@code list}: nothing
   * is sent until iteration starts, and {@code list}'s exceptions are thrown from
   * {@code hasNext()}/{@code next()}.
   *
   * @param query the filters and the first cursor
   * @param list the list operation, called once per page with the query at that page's cursor
   * @param <Q> the query type
   * @param <T> the item type
   * @return the lazily fetched items
   * @throws NullPointerException if {@code query} or {@code list} is null
   */
  public static <Q extends PageQuery<Q>, T> PagedIterable<T> from(Q query, Function<? super Q, Page<T>> list) {
    java.util.Objects.requireNonNull(query, "query");
    java.util.Objects.requireNonNull(list, "list");
    return new PagedIterable<>(query.cursor(), cursor -> list.apply(query.withCursor(cursor)));
  }

  /**
   * Iterates over whole pages instead of items, fetching each when reached.
   *
   * @return an iterable of pages; each iteration starts again at the first cursor
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final PageIterator pages = new PageIterator();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().data().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * A sequential stream of every item; pages are fetched as the stream consumes them.
   *
   * @return a stream of the items in order
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private @Nullable String cursor = firstCursor;
    private boolean started;
    private boolean finished;
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    PageIterator() {
      if (firstCursor != null) {
        seen.add(firstCursor);
      }
    }

    @Override
    public boolean hasNext() {
      return !finished;
    }

    @Override
    public Page<T> next() {
      if (finished) {
        throw new NoSuchElementException();
      }
      if (started && cursor == null) {
        throw new IllegalStateException("pagination cursor lost");
      }
      Page<T> page = fetch.apply(cursor);
      started = true;
      if (page.nextCursor() != null && !seen.add(page.nextCursor())) {
        // A server repeating a cursor would otherwise make iteration spin forever.
        throw new IllegalStateException("the platform repeated a pagination cursor; stopping");
      }
      cursor = page.nextCursor();
      finished = cursor == null;
      return page;
    }
  }
}
