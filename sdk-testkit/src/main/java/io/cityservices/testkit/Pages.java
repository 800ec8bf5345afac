package io.cityservices.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's cursor pagination, written once for every sandbox module: a list answer is
 * {@code {"data": [...], "next_cursor": "..." | null}}, the page size comes from the {@code limit}
 * query parameter and the page from the {@code cursor} query parameter.
 *
 * <p>Cursors are opaque to clients. Here they are the URL-safe Base64 (no padding) of
 * {@code "offset:<n>"}, the position of the page's first item in the ordered list; clients must not
 * build or parse them. A cursor this class did not issue, or one past the end of the list, and a
 * {@code limit} that is not an integer in range, are answered with a 400 {@code validation_failed}
 * problem naming the field.
 *
 * <p>Stateless and thread-safe.
 */
public final class Pages {

  private static final String PREFIX = "offset:";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Pages() {}

  /**
   * One page of {@code items}, which are already filtered and in the list's order.
   *
   * @param request the request, read for its {@code limit} and {@code cursor} query parameters
   * @param items every item of the list
   * @param defaultLimit the page size when the request has no {@code limit}
   * @param maxLimit the largest {@code limit} accepted
   * @param <T> the item type, any value the mapper can write
   * @return the answer body: {@code data} (the page's items) and {@code next_cursor} (the cursor of
   *     the next page, or null on the last page)
   * @throws SandboxProblem 400 {@code validation_failed} for a bad {@code limit} or {@code cursor}
   */
  public static <T> Map<String, Object> slice(
      SandboxRequest request, List<T> items, int defaultLimit, int maxLimit) {
    int limit = request.query("limit").map(Pages::limit).orElse(defaultLimit);
    if (limit < 1 || limit > maxLimit) {
      throw SandboxProblem.validation("limit", "must be between 1 and " + maxLimit);
    }
    int offset = request.query("cursor").map(Pages::decode).orElse(0);
    if (offset > items.size()) {
      throw SandboxProblem.validation("cursor", "is not a cursor of this list");
    }
    int end = Math.min(items.size(), offset + limit);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("data", new ArrayList<>(items.subList(offset, end)));
    page.put("next_cursor", end < items.size() ? cursor(end) : null);
    return page;
  }

  /**
   * The cursor of the page starting at {@code offset}; for sandbox modules and their tests.
   *
   * @param offset the index of the page's first item, not negative
   * @return the opaque cursor text
   * @throws IllegalArgumentException if the offset is negative
   */
  public static String cursor(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    return ENCODER.encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
  }

  private static int limit(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw SandboxProblem.validation("limit", "must be an integer");
    }
  }

  private static int decode(String cursor) {
    try {
      String text = new String(DECODER.decode(cursor), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        int offset = Integer.parseInt(text.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // Not Base64, or not a number (NumberFormatException is an IllegalArgumentException).
    }
    throw SandboxProblem.validation("cursor", "is not a cursor of this list");
  }
}
