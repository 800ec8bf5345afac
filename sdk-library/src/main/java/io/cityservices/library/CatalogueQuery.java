package io.cityservices.library;

import io.cityservices.core.pagination.PageQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: by keyword (anywhere in title, author or publisher), title, author or ISBN,
 * combined with AND; at least one must be given. The ISBN's check digit is checked before sending.
 *
 * <pre>{@code
 * CatalogueQuery.keyword("三体");
 * CatalogueQuery.builder().author("余华").limit(10).build();
 * CatalogueQuery.isbn("978-7-5366-9293-0");
 * }</pre>
 *
 * @param keyword words to find anywhere, or null
 * @param title words of the title, or null
 * @param author words of the author's name, or null
 * @param isbn an ISBN-10 or ISBN-13 as typed (hyphens allowed), or null
 * @param limit page size from 1 to 100, or null for the platform's default
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record CatalogueQuery(
    @Nullable String keyword,
    @Nullable String title,
    @Nullable String author,
    @Nullable String isbn,
    @Min(1) @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<CatalogueQuery> {

  /**
   * Records matching {@code keyword} anywhere.
   *
   * @param keyword words to find in title, author or publisher
   * @return a query with only that criterion, first page, default page size
   */
  public static CatalogueQuery keyword(String keyword) {
    return builder().keyword(keyword).build();
  }

  /**
   * The records of one ISBN (checked before sending).
   *
   * @param isbn an ISBN-10 or ISBN-13 as typed (hyphens and spaces allowed)
   * @return a query with only that criterion, first page, default page size
   */
  public static CatalogueQuery isbn(String isbn) {
    return builder().isbn(isbn).build();
  }

  /**
   * Starts a query with no criterion; set at least one before {@link Builder#build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The same search for the page at {@code cursor}. */
  @Override
  public CatalogueQuery withCursor(@Nullable String cursor) {
    return new CatalogueQuery(keyword, title, author, isbn, limit, cursor);
  }

  /** Builds a {@link CatalogueQuery}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String keyword;
    private @Nullable String title;
    private @Nullable String author;
    private @Nullable String isbn;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Words to find in title, author or publisher.
     *
     * @param keyword the words, or null to clear the criterion
     * @return this builder
     */
    public Builder keyword(@Nullable String keyword) {
      this.keyword = keyword;
      return this;
    }

    /**
     * Words of the title.
     *
     * @param title the words, or null to clear the criterion
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Words of the author's name.
     *
     * @param author the words, or null to clear the criterion
     * @return this builder
     */
    public Builder author(@Nullable String author) {
      this.author = author;
      return this;
    }

    /**
     * An ISBN as typed; checked before sending.
     *
     * @param isbn an ISBN-10 or ISBN-13, hyphens and spaces allowed, or null to clear the criterion
     * @return this builder
     */
    public Builder isbn(@Nullable String isbn) {
      this.isbn = isbn;
      return this;
    }

    /**
     * An ISBN already checked.
     *
     * @param isbn the ISBN, sent as its bare digits
     * @return this builder
     */
    public Builder isbn(@Nullable Isbn isbn) {
      this.isbn = isbn == null ? null : isbn.value();
      return this;
    }

    /**
     * Page size, 1 to 100.
     *
     * @param limit records per page from 1 to 100, or null for the platform's default
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to fetch.
     *
     * @param cursor the cursor a previous page returned, or null for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Makes the query; nothing is checked until it is sent.
     *
     * @return a query with the criteria set so far
     */
    public CatalogueQuery build() {
      return new CatalogueQuery(keyword, title, author, isbn, limit, cursor);
    }
  }
}
