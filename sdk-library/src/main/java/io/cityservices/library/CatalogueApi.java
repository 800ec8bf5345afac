package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The city's union catalogue (NCIP LookupItem, SIP2 item information): search, one record, and its
 * copies per library. Needs no citizen token. Searches and records are public reference data, cached;
 * copies are read fresh, since their availability changes by the minute. See {@link LibraryClient}
 * for the errors common to all operations.
 */
public interface CatalogueApi {

  /**
   * A page of records matching the search. Idempotent.
   * {@code GET /v1/cities/{city}/library/catalogue?keyword=&title=&author=&isbn=&limit=&cursor=}
   *
   * @param query the search criteria (at least one), page size and cursor
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return one page of matching records and the cursor of the next
   * @throws NullPointerException if {@code query} is null
   * @throws io.cityservices.core.error.ValidationException if no criterion is given, the ISBN's check
   *     digit is wrong or the page size is out of range (nothing sent)
   */
  default Page<CatalogueRecord> list(CatalogueQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param query the search criteria (at least one), page size and cursor
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Page<CatalogueRecord>> listAsync(CatalogueQuery query, RequestOptions options);

  /**
   * Every record matching the search, fetching pages lazily as iteration reaches them (nothing is
   * sent until iteration starts). Each page is an idempotent read.
   *
   * @param query the search criteria; its cursor is where iteration starts
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a lazy iterable over every matching record
   * @throws NullPointerException if {@code query} is null
   * @throws io.cityservices.core.error.ValidationException from iteration, as {@link #list}
   */
  default PagedIterable<CatalogueRecord> listAll(CatalogueQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * One bibliographic record. Idempotent. {@code GET /v1/cities/{city}/library/catalogue/{record_id}}
   *
   * @param recordId the platform's id of the record, as in {@link CatalogueRecord#id()}
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return the record
   * @throws io.cityservices.core.error.ValidationException if {@code recordId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if there is no such record
   */
  default CatalogueRecord get(String recordId, RequestOptions options) {
    return Blocking.await(getAsync(recordId, options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #get} would throw.
   *
   * @param recordId the platform's id of the record, as in {@link CatalogueRecord#id()}
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<CatalogueRecord> getAsync(String recordId, RequestOptions options);

  /**
   * The copies of a record in every library, or in one, with their availability now. Idempotent.
   * {@code GET /v1/cities/{city}/library/catalogue/{record_id}/items?library_id=}
   *
   * @param libraryId only this library's copies, or null for all
   * @param recordId the platform's id of the record, as in {@link CatalogueRecord#id()}
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return the copies, each with its library and availability; empty when none
   * @throws io.cityservices.core.error.ValidationException if {@code recordId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if there is no such record
   */
  default List<Item> items(String recordId, @Nullable String libraryId, RequestOptions options) {
    return Blocking.await(itemsAsync(recordId, libraryId, options));
  }

  /**
   * The asynchronous form of {@link #items}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #items} would throw.
   *
   * @param recordId the platform's id of the record, as in {@link CatalogueRecord#id()}
   * @param libraryId only this library's copies, or null for all
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<List<Item>> itemsAsync(String recordId, @Nullable String libraryId, RequestOptions options);
}
