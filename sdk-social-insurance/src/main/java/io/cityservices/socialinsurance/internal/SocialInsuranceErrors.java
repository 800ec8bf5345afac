package io.cityservices.socialinsurance.internal;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.model.CityCode;
import io.cityservices.socialinsurance.EnrolmentSuspendedException;
import io.cityservices.socialinsurance.IdentityNotVerifiedException;
import io.cityservices.socialinsurance.NotInsuredException;
import io.cityservices.socialinsurance.PeriodNotPostedException;
import io.cityservices.socialinsurance.PoolingAreaMismatchException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the platform errors callers branch on into the module's specific exceptions, for blocking and
 * asynchronous calls alike (through {@link io.cityservices.core.http.ServiceCalls}). The specific
 * exception keeps the attempts and idempotency key of the original.
 */
final class SocialInsuranceErrors {
  /**
   * How the platform's {@code pooling_area_mismatch} detail names the pooling area. The problem also
   * carries it as the {@code pooling_area} member, but core's {@code Problem} keeps no extension
   * members, so the detail is where the SDK can read it.
   */
  private static final Pattern POOLING_AREA = Pattern.compile("pooling area (\\d{6})");

  private SocialInsuranceErrors() {}

  /** The specific exception for {@code e}, or {@code e} itself when there is none. */
  static CityServicesException translate(CityServicesException e) {
    if (e instanceof NotFoundException notFound && "not_insured".equals(e.code())) {
      return new NotInsuredException(notFound);
    }
    if (e instanceof PermissionException refused && "identity_not_verified".equals(e.code())) {
      return new IdentityNotVerifiedException(refused);
    }
    if (!(e instanceof ConflictException conflict)) {
      return e;
    }
    return switch (conflict.code()) {
      case "enrolment_suspended" -> new EnrolmentSuspendedException(conflict);
      case "period_not_posted" -> new PeriodNotPostedException(conflict);
      case "pooling_area_mismatch" -> new PoolingAreaMismatchException(conflict, poolingArea(conflict));
      default -> e;
    };
  }

  private static @Nullable CityCode poolingArea(ConflictException e) {
    String detail = e.problem() == null ? null : e.problem().detail();
    if (detail == null) {
      return null;
    }
    Matcher m = POOLING_AREA.matcher(detail);
    if (!m.find()) {
      return null;
    }
    try {
      return CityCode.of(m.group(1));
    } catch (IllegalArgumentException notACityCode) {
      return null;
    }
  }
}
