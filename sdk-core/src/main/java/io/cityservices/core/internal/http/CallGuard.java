package io.cityservices.core.internal.http;

import io.cityservices.core.error.CityServicesException;
import java.time.Duration;

/**
 * Decides, for the pipeline, whether an attempt may be sent and whether a failed one is retried:
 * circuit breakers, rate-limit quotas, the retry policy, the retry budget and the deadline.
 */
public interface CallGuard {

  /**
   * Admits the next attempt of {@code call}.
   *
   * @return how long to wait before sending (zero to send now)
   * @throws CityServicesException when the attempt must not be sent at all (an open circuit, an
   *     exhausted quota in fail-fast mode, a passed deadline)
   */
  Duration admit(CallContext call);

  /** Observes every response, successful or not, before it is checked (rate-limit headers). */
  void onResponse(CallContext call, IncomingResponse response);

  /** Records a successful attempt. */
  void onSuccess(CallContext call);

  /** Records a failed attempt; {@code status} is 0 when no response was received. */
  void onFailure(CallContext call, int status, CityServicesException failure);

  /**
   * How long to wait before retrying after {@code failure}, or null when the call must fail now.
   */
  Duration retryDelay(CallContext call, CityServicesException failure);
}
