package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The city's libraries: public reference data, cached per the platform's {@code Cache-Control} and
 * needing no citizen token. Reads: safe and idempotent. See {@link LibraryClient} for the errors
 * common to all operations.
 */
public interface LibrariesApi {

  /**
   * Every library of the city with address, location and opening hours. Idempotent.
   * {@code GET /v1/cities/{city}/library/libraries}
   *
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return every library of the city; empty when it has none
   */
  default List<Library> list(RequestOptions options) {
    return Blocking.await(listAsync(options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure
   * completes the future exceptionally with the exception {@link #list} would throw.
   *
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<List<Library>> listAsync(RequestOptions options);

  /**
   * One library. Idempotent. {@code GET /v1/cities/{city}/library/libraries/{library_id}}
   *
   * @param libraryId the platform's id of the library, as in {@link Library#id()}
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return the library
   * @throws io.cityservices.core.error.ValidationException if {@code libraryId} is blank (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException if the city has no such library
   */
  default Library get(String libraryId, RequestOptions options) {
    return Blocking.await(getAsync(libraryId, options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #get} would throw.
   *
   * @param libraryId the platform's id of the library, as in {@link Library#id()}
   * @param options optional per-call settings such as a timeout; no citizen needed
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<Library> getAsync(String libraryId, RequestOptions options);
}
