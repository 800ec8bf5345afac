package io.cityservices.exitentry;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * Which offices to list. Build one with {@link #builder()}; {@link #all()} lists every office.
 *
 * @param documentType only offices that accept this document, or null
 * @param district only offices in this district (GB/T 2260 code), or null
 * @param limit the page size, 1 to 100; null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first page
 */
public record OfficeQuery(DocumentType documentType, String district, @Positive @Max(100) Integer limit, String cursor) implements PageQuery<OfficeQuery> {

  /** Every office of the city. */
  public static OfficeQuery all() {
    return new OfficeQuery(null, null, null, null);
  }

  /** A builder with no criteria. */
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
    private DocumentType documentType;
    private String district;
    private Integer limit;
    private String cursor;

    private Builder() {}

    /** Only offices accepting this document. */
    public Builder documentType(DocumentType documentType) {
      this.documentType = documentType;
      return this;
    }

    /** Only offices in this district. */
    public Builder district(String district) {
      this.district = district;
      return this;
    }

    /** The page size, 1 to 100. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** The page to start at. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** Builds the query. */
    public OfficeQuery build() {
      return new OfficeQuery(documentType, district, limit, cursor);
    }
  }
}
