package io.cityservices.library.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.CatalogueApi;
import io.cityservices.library.CatalogueQuery;
import io.cityservices.library.CatalogueRecord;
import io.cityservices.library.Item;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.library.internal.LibraryOperations.GET_RECORD;
import static io.cityservices.library.internal.LibraryOperations.ITEMS;
import static io.cityservices.library.internal.LibraryOperations.LIST_ITEMS;
import static io.cityservices.library.internal.LibraryOperations.RECORD;
import static io.cityservices.library.internal.LibraryOperations.RECORDS;
import static io.cityservices.library.internal.LibraryOperations.SEARCH_CATALOGUE;

final class DefaultCatalogueApi implements CatalogueApi {

  private final ServiceCalls calls;

  DefaultCatalogueApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<CatalogueRecord>> listAsync(CatalogueQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, RECORDS);
  }

  private ApiRequest listRequest(CatalogueQuery query) {
    Objects.requireNonNull(query, "query");
    String keyword = blankToNull(query.keyword());
    String title = blankToNull(query.title());
    String author = blankToNull(query.author());
    String givenIsbn = blankToNull(query.isbn());
    String isbn = LibraryRules.bareIsbnOrNull(givenIsbn);
    return calls.request(SEARCH_CATALOGUE)
        .require(givenIsbn == null || isbn != null, "isbn", "is not a valid ISBN-10 or ISBN-13")
        .require(Stream.of(keyword, title, author, givenIsbn).anyMatch(Objects::nonNull),
            "keyword", "give at least one of keyword, title, author and isbn")
        .validate(query)
        .query("keyword", keyword)
        .query("title", title)
        .query("author", author)
        .query("isbn", isbn)
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<CatalogueRecord> getAsync(String recordId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(recordId), options, RECORD);
  }

  private ApiRequest getRequest(String recordId) {
    return calls.request(GET_RECORD).path("record_id", requireId(recordId, "recordId")).build();
  }

  @Override
  public CompletableFuture<List<Item>> itemsAsync(String recordId, @Nullable String libraryId, RequestOptions options) {
    return calls.executeAsync(() -> itemsRequest(recordId, libraryId), options, ITEMS).thenApply(Page::data);
  }

  private ApiRequest itemsRequest(String recordId, @Nullable String libraryId) {
    return calls.request(LIST_ITEMS)
        .path("record_id", requireId(recordId, "recordId"))
        .query("library_id", blankToNull(libraryId))
        .build();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
