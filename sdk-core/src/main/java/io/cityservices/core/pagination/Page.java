package io.cityservices.core.pagination;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list operation, as the platform sends it: {@code {"data": [...], "next_cursor": ...}}.
 *
 * @param data the items of this page, never null
 * @param nextCursor the cursor of the next page, or null when this is the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> data, String nextCursor) {

  /**
   * Copies the items and treats an empty cursor as none.
   *
   * @param data the items, or null for none; copied
   * @param nextCursor the next page's cursor; null or empty on the last page
   */
  public Page {
    data = data == null ? List.of() : List.copyOf(data);
    if (nextCursor != null && nextCursor.isEmpty()) {
      nextCursor = null;
    }
  }

  /**
   * The cursor of the next page, empty when this is the last one.
   *
   * @return the next page's cursor, or empty
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * True when another page follows.
   *
   * @return true if {@link #nextCursor()} is set
   */
  public boolean hasNext() {
    return nextCursor != null;
  }
}
