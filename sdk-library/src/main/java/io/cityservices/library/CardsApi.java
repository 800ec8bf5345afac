package io.cityservices.library;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's reader card in the city. Every call acts for a citizen: pass
 * {@link RequestOptions#forCitizen}; without one a {@link io.cityservices.core.error.ValidationException}
 * is thrown and nothing is sent. See {@link LibraryClient} for the errors common to all operations.
 */
public interface CardsApi {

  /**
   * Applies for a reader card: paying the deposit, or consenting to the credit check for a
   * credit-based card. Moves money or gives consent, so it carries the app's second signature and
   * its result is signed by the platform. Idempotent through its {@code Idempotency-Key}: the
   * transport reuses the key on every retry, so a deposit is never taken twice; pass your own key
   * in {@code options} to stay idempotent across restarts.
   * {@code POST /v1/cities/{city}/library/card}
   *
   * @param request the card type, home library and deposit or credit-check consent
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the new card, signed by the platform
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException on a bad request (nothing sent)
   * @throws io.cityservices.core.error.BadRequestException the platform's {@code 422 amount_mismatch}
   *     when the deposit is not the city's
   * @throws io.cityservices.core.error.ConflictException {@code card_exists} if the citizen already has
   *     a card in the city; {@code credit_not_eligible} if the platform finds the citizen not eligible
   *     for a credit-based card (nothing is charged; apply with a deposit instead)
   */
  default ReaderCard apply(ApplyCardRequest request, RequestOptions options) {
    return Blocking.await(applyAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #apply}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #apply} would throw.
   *
   * @param request the card type, home library and deposit or credit-check consent
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return a future completing with the result, or exceptionally with the exception the blocking form
   *     throws
   */
  CompletableFuture<ReaderCard> applyAsync(ApplyCardRequest request, RequestOptions options);

  /**
   * The citizen's card: status, block reason, limits, expiry. Idempotent.
   * {@code GET /v1/cities/{city}/library/card}
   *
   * @param options the citizen to act for ({@link RequestOptions#forCitizen}, required) and optional
   *     per-call settings such as an idempotency key or timeout
   * @return the citizen's card in this client's city
   * @throws io.cityservices.core.error.NotFoundException {@code card_not_found} if the citizen has no
   *     card in the city
   */
  default ReaderCard get(RequestOptions options) {
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
  CompletableFuture<ReaderCard> getAsync(RequestOptions options);
}
