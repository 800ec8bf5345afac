package io.cityservices.socialinsurance;

import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The person is insured in another pooling area than the city asked ({@code pooling_area_mismatch}):
 * their contributions, accounts and certificates are kept there. Ask that city's client: {@link
 * #poolingArea()} names it.
 */
public class PoolingAreaMismatchException extends ConflictException {
  private final transient @Nullable CityCode poolingArea;

  /**
   * Wraps the conflict the platform answered with and the pooling area it named.
   *
   * @param cause the platform's 409 answer, kept as the cause
   * @param poolingArea the pooling area the platform named, or null when it named none
   */
  public PoolingAreaMismatchException(ConflictException cause, @Nullable CityCode poolingArea) {
    super("the person is insured in another pooling area"
        + (poolingArea == null ? "" : ": " + poolingArea.value()), cause.status(), cause.code(), cause.requestId(),
        cause.problem(), cause);
    this.poolingArea = poolingArea;
  }

  /**
   * The GB/T 2260 code of the pooling area where the person is insured, when the platform named it.
   *
   * @return the pooling area, or empty when the platform did not name it
   */
  public Optional<CityCode> poolingArea() {
    return Optional.ofNullable(poolingArea);
  }
}
