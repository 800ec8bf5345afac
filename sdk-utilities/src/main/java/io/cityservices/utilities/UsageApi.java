package io.cityservices.utilities;

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
   * The usage of an account over whole months, as interval readings. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/accounts/{account_id}/usage?from=&to=&granularity=}
   *
   * @throws io.cityservices.core.error.ValidationException if {@code to} is before {@code from} or the
   *     span is too long for the granularity (nothing sent)
   */
  UsageReport get(UsageRequest request, RequestOptions options);

  /** The asynchronous form of {@link #get}. */
  CompletableFuture<UsageReport> getAsync(UsageRequest request, RequestOptions options);
}
