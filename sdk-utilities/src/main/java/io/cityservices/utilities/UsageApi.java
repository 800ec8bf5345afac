package io.cityservices.utilities;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Usage readings of the citizen's accounts. Every call acts for a citizen: pass
 * {@link RequestOptions#forCitizen}; without one a
 * {@link io.cityservices.core.error.ValidationException} is thrown and nothing is sent. See
 * {@link UtilitiesClient} for the errors common to all operations.
 */
public interface UsageApi {

  /**
   * The usage of an account over whole months, as interval readings. Idempotent: a read, safe to retry.
   * {@code GET /v1/cities/{city}/utilities/accounts/{account_id}/usage?from=&to=&granularity=}
   *
   * @param request the account, the months and the granularity
   * @param options must name the citizen whose account it is
   * @return the readings of the span, oldest first, with their total
   * @throws NullPointerException if {@code request} is null
   * @throws io.cityservices.core.error.ValidationException if the account id is blank, {@code to} is
   *     before {@code from}, the span is too long for the granularity or the granularity is unknown
   *     (nothing sent)
   */
  default UsageReport get(UsageQuery request, RequestOptions options) {
    return Blocking.await(getAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #get}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #get} would throw.
   *
   * @param request the account, the months and the granularity
   * @param options must name the citizen whose account it is
   * @return a future completing with the report
   */
  CompletableFuture<UsageReport> getAsync(UsageQuery request, RequestOptions options);
}
