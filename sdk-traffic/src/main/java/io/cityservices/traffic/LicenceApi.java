package io.cityservices.traffic;

import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/** The citizen's own driving licence. Acts for a citizen; a safe, retried read. */
public interface LicenceApi {

  /**
   * The licence ({@code GET /licence}): class, validity, points of the cycle, statuses.
   *
   * @throws io.cityservices.core.error.NotFoundException the citizen holds no licence
   */
  DrivingLicence get(RequestOptions options);

  /** The asynchronous form of {@link #get}. */
  CompletableFuture<DrivingLicence> getAsync(RequestOptions options);
}
