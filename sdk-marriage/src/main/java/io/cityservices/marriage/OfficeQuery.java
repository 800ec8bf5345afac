package io.cityservices.marriage;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which of a city's registration offices to list; every criterion is optional and they combine with
 * AND.
 *
 * @param district the six-digit GB/T 2260 code of a district, or null
 * @param handlesCrossBorder only offices designated (true) or not designated (false) for registrations
 *     involving a foreigner or a Hong Kong, Macao or Taiwan resident; null for both
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record OfficeQuery(
    @Pattern(regexp = "\\d{6}", message = "must be a six-digit district code") @Nullable String district,
    @Nullable Boolean handlesCrossBorder,
    @Positive @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<OfficeQuery> {

  /**
   * Every office of the city.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static OfficeQuery all() {
    return new OfficeQuery(null, null, null, null);
  }

  /**
   * The offices designated for registrations involving a foreigner or a Hong Kong, Macao or Taiwan
   * resident.
   *
   * @return a query for the offices designated for Hong Kong, Macao and Taiwan residents
   */
  public static OfficeQuery crossBorder() {
    return new OfficeQuery(null, true, null, null);
  }

  /**
   * The offices of one district.
   *
   * @param district the six-digit administrative division code of a district, e.g. {@code 310115}
   * @return a query for that district's offices
   */
  public static OfficeQuery inDistrict(String district) {
    return new OfficeQuery(district, null, null, null);
  }

  /**
   * The same query with another page size.
   *
   * @param pageSize the page size, 1 to 100
   * @return a copy of this query with that page size
   */
  public OfficeQuery withLimit(int pageSize) {
    return new OfficeQuery(district, handlesCrossBorder, pageSize, cursor);
  }

  /** The same query starting at another page. */
  @Override
  public OfficeQuery withCursor(String nextCursor) {
    return new OfficeQuery(district, handlesCrossBorder, limit, nextCursor);
  }
}
