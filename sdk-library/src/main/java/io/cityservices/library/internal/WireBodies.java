package io.cityservices.library.internal;

import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON bodies the client sends, separate from the request records callers build. */
final class WireBodies {

  private WireBodies() {}

  /** {@code POST .../card}. */
  record ApplyCard(
      @Nullable String type, String homeLibraryId, @Nullable Money deposit, @Nullable Boolean creditCheckConsent) {}

  /** {@code POST .../holds}. */
  record PlaceHold(@Nullable String recordId, @Nullable String itemId, String pickupLibraryId) {}

  /** {@code PUT .../holds/{id}/suspension}. */
  record Suspension(LocalDate until) {}

  /** {@code POST .../charges/payments}. */
  record PayCharges(List<String> chargeIds, Money amount) {}
}
