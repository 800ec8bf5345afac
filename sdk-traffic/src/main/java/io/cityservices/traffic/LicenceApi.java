package io.cityservices.traffic;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/** The citizen's own driving licence. Acts for a citizen; a safe, retried read. */
public interface LicenceApi {

  /**
   * The licence ({@code GET /licence}): class, validity, points of the cycle, statuses; the licence and
   * file numbers masked in {@code toString()}. A safe, idempotent read, retried by the transport.
   *
   * @param options must name the citizen whose licence it is
   * @return the licence
   * @throws io.cityservices.core.error.ValidationException no citizen in the options; nothing sent
   * @throws io.cityservices.core.error.NotFoundException the citizen holds no licence
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   */
  default DrivingLicence get(RequestOptions options) {
    return Blocking.await(getAsync(options));
  }

  /**
   * The asynchronous form of {@link #get}: same request and guarantees; failures complete the future
   * exceptionally instead of being thrown.
   *
   * @param options must name the citizen whose licence it is
   * @return a future completing with the licence, or exceptionally with the exceptions of {@link
   *     #get}
   */
  CompletableFuture<DrivingLicence> getAsync(RequestOptions options);
}
