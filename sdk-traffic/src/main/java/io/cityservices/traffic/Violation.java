package io.cityservices.traffic;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A traffic violation (违法记录). The 12123 field each member comes from is given as a reading aid.
 * The plate masks itself, so {@link #toString()} never shows it in clear.
 *
 * @param id the violation id (wfbh)
 * @param plate the vehicle's plate (hphm)
 * @param plateType the plate type, GA 24.7 (hpzl)
 * @param occurredAt when it happened, in +08:00 (wfsj)
 * @param placeCode the place code (wfdd)
 * @param address where it happened, a road address (wfdz)
 * @param code the violation code (wfxw), an opaque string
 * @param description what was done wrong
 * @param measuredValue the measured value for speeding, e.g. km/h (scz), or null
 * @param limitValue the limit for speeding (bzz), or null
 * @param fine the fine (fkje)
 * @param lateFee the late fee so far (znj), zero unless overdue; the platform's figure
 * @param points the penalty points (wfjfs)
 * @param discoveringAuthority the authority that discovered it (cjjgmc)
 * @param handlingAuthority the authority that handled it (cljgmc), or null
 * @param source camera or on site
 * @param decisionNumber the penalty decision number (jdsbh), null before a decision
 * @param status the derived state
 * @param handlingStatus the raw handling status (clbj), as a reading aid
 * @param paymentStatus the raw payment status (jkbj), as a reading aid
 * @param paymentDeadline the last day to pay without a late fee, or null
 * @param paidAt when it was paid, or null
 * @param evidencePhotoUrls URLs of the evidence photos, as sent (see {@link #evidencePhotoUris()})
 */
public record Violation(
    String id,
    PlateNumber plate,
    PlateType plateType,
    OffsetDateTime occurredAt,
    String placeCode,
    String address,
    String code,
    String description,
    @Nullable Integer measuredValue,
    @Nullable Integer limitValue,
    Money fine,
    @Nullable Money lateFee,
    int points,
    String discoveringAuthority,
    @Nullable String handlingAuthority,
    ViolationSource source,
    @Nullable String decisionNumber,
    ViolationStatus status,
    String handlingStatus,
    String paymentStatus,
    @Nullable LocalDate paymentDeadline,
    @Nullable OffsetDateTime paidAt,
    List<String> evidencePhotoUrls) {

  /**
   * Copies the photo URLs; missing ones read as empty.
   *
   * @param id the violation id (wfbh)
   * @param plate the vehicle's plate (hphm)
   * @param plateType the plate type, GA 24.7 (hpzl)
   * @param occurredAt when it happened, in +08:00 (wfsj)
   * @param placeCode the place code (wfdd)
   * @param address where it happened, a road address (wfdz)
   * @param code the violation code (wfxw), an opaque string
   * @param description what was done wrong
   * @param measuredValue the measured value for speeding, e.g. km/h (scz), or null
   * @param limitValue the limit for speeding (bzz), or null
   * @param fine the fine (fkje)
   * @param lateFee the late fee so far (znj), zero unless overdue; the platform's figure
   * @param points the penalty points (wfjfs)
   * @param discoveringAuthority the authority that discovered it (cjjgmc)
   * @param handlingAuthority the authority that handled it (cljgmc), or null
   * @param source camera or on site
   * @param decisionNumber the penalty decision number (jdsbh), null before a decision
   * @param status the derived state
   * @param handlingStatus the raw handling status (clbj), as a reading aid
   * @param paymentStatus the raw payment status (jkbj), as a reading aid
   * @param paymentDeadline the last day to pay without a late fee, or null
   * @param paidAt when it was paid, or null
   * @param evidencePhotoUrls URLs of the evidence photos, as sent (see {@link
   *     #evidencePhotoUris()})
   */
  public Violation {
    evidencePhotoUrls = evidencePhotoUrls == null ? List.of() : List.copyOf(evidencePhotoUrls);
  }

  /**
   * The evidence photo URLs parsed. Parsed on demand rather than while reading a page: a page of
   * violations carries a hundred of them, and most callers never open one.
   *
   * @return the URIs in the order sent, empty when there are none
   * @throws IllegalArgumentException when the platform sent a malformed URL
   */
  public List<URI> evidencePhotoUris() {
    return evidencePhotoUrls.stream().map(URI::create).toList();
  }

  /**
   * Whether the fine can be paid now ({@link ViolationStatus#isPayable()}).
   *
   * @return true if the status is {@link ViolationStatus#PAYABLE} or {@link
   *     ViolationStatus#OVERDUE}
   */
  @JsonIgnore
  public boolean isPayable() {
    return status != null && status.isPayable();
  }

  /**
   * What paying costs now: the fine plus the platform's late fee.
   *
   * @return the fine plus the late fee, or the fine alone when the platform sent no late fee
   */
  public Money amountDue() {
    return lateFee == null ? fine : fine.plus(lateFee);
  }
}
