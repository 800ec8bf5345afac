package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Which offices to list. Build one with {@link #builder()}; {@link #all()} lists every office.
 *
 * @param documentType only offices that accept this document, or null
 * @param district only offices in this district (GB/T 2260 code), or null
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record OfficeQuery(@Nullable DocumentType documentType, @Nullable String district, @Positive @Max(100) @Nullable Integer limit, @Nullable String cursor) implements PageQuery<OfficeQuery> {

  /**
   * Every office of the city.
   *
   * @return a query with no criteria, starting at the first page
   */
  public static OfficeQuery all() {
    return new OfficeQuery(null, null, null, null);
  }

  /**
   * A builder with no criteria.
   *
   * @return a builder with no criteria set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The same query starting at another page. */
  @Override
  public OfficeQuery withCursor(String nextCursor) {
    return new OfficeQuery(documentType, district, limit, nextCursor);
  }

  /** Builds an {@link OfficeQuery}. */
  public static final class Builder {
    private @Nullable DocumentType documentType;
    private @Nullable String district;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Only offices accepting this document.
     *
     * @param documentType the document an office must accept
     * @return this builder
     */
    public Builder documentType(DocumentType documentType) {
      this.documentType = documentType;
      return this;
    }

    /**
     * Only offices in this district.
     *
     * @param district the six-digit administrative division code of a district, e.g. {@code 310115}
     * @return this builder
     */
    public Builder district(String district) {
      this.district = district;
      return this;
    }

    /**
     * The page size, 1 to 100.
     *
     * @param limit the page size, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to start at.
     *
     * @param cursor the cursor of the page to start at, as returned with a previous page
     * @return this builder
     */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public OfficeQuery build() {
      return new OfficeQuery(documentType, district, limit, cursor);
    }
  }
}
