package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The reader's whole account in one call. Acts for a citizen: pass {@link RequestOptions#forCitizen};
 * without one a {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent.
 * See {@link LibraryClient} for the errors common to all operations.
 */
public interface AccountApi {

  /**
   * The card, every current loan, the open holds and the outstanding charges. Idempotent.
   * {@code GET /v1/cities/{city}/library/account}
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the account as it stands now
   * @throws io.cityservices.core.error.NotFoundException {@code card_not_found} if the citizen has no
   *     card in the city
   */
  default ReaderAccount get(RequestOptions options) {
    return Blocking.await(getAsync(options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure
   * completes the future exceptionally with the exception {@link #get} would throw.
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<ReaderAccount> getAsync(RequestOptions options);
}
