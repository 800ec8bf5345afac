package io.cityservices.exitentry.internal;

import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.exitentry.DocumentStillValidException;
import io.cityservices.exitentry.GuardianRequiredException;
import io.cityservices.exitentry.NotEligibleException;

/**
 * Turns the exit-entry platform errors a citizen can act on into specific exceptions; applied by
 * {@link io.cityservices.core.http.ServiceCalls} to blocking and asynchronous calls alike. The
 * specific exception keeps the attempts and idempotency key of the original.
 */
final class ExitEntryErrors {

  private ExitEntryErrors() {}

  /** The specific exception for {@code e}, or {@code e} itself when there is none. */
  static CityServicesException translate(CityServicesException e) {
    String code = e.code() == null ? "" : e.code();
    if (e instanceof ConflictException conflict && !(e instanceof SlotUnavailableException)) {
      return switch (code) {
        // The exit-entry administration says slot_taken where other departments say slot_full.
        case "slot_taken" -> new SlotUnavailableException(conflict.getMessage(), conflict.status(), code,
            conflict.requestId(), conflict.problem(), conflict);
        case "document_still_valid" -> new DocumentStillValidException(conflict);
        default -> e;
      };
    }
    if (e instanceof PermissionException denied && "not_eligible".equals(code)) {
      return new NotEligibleException(denied);
    }
    if (e instanceof BadRequestException bad && "guardian_required".equals(code)) {
      return new GuardianRequiredException(bad);
    }
    return e;
  }
}
