package io.cityservices.utilities;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The utility companies of the city (water, electricity, gas, heating). Public reference data: needs
 * only the app's token. See {@link UtilitiesClient} for the errors common to all operations.
 */
public interface CompaniesApi {

  /**
   * The utility companies of the city, of one type or all ({@code type} null). Public reference
   * data: needs only the app's token, cached per HTTP caching, safe to call often. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/companies?type=}
   *
   * @param type the kind of company to list, or null for all
   * @param options per-call options such as a timeout; no citizen needed
   * @return the companies, empty when the city has none of that type
   * @throws io.cityservices.core.error.ValidationException if {@code type} is
   *     {@link UtilityType#UNKNOWN} (nothing sent)
   */
  default List<UtilityCompany> list(UtilityType type, RequestOptions options) {
    return Blocking.await(listAsync(type, options));
  }

  /**
   * The asynchronous form of {@link #list}, with the same idempotency. Never throws: every failure,
   * including a check that fails before anything is sent, completes the future exceptionally with
   * the exception {@link #list} would throw.
   *
   * @param type the kind of company to list, or null for all
   * @param options per-call options such as a timeout; no citizen needed
   * @return a future completing with the companies
   */
  CompletableFuture<List<UtilityCompany>> listAsync(UtilityType type, RequestOptions options);
}
