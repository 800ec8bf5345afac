package io.cityservices.socialinsurance;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A proof-of-insurance certificate (参保证明) as the platform tracks it.
 *
 * @param id the certificate's id (also its verification number, printed on it)
 * @param status where it is
 * @param insuranceTypes the certified types, as {@code AAE140} codes
 * @param from the first certified month
 * @param to the last certified month
 * @param requestedAt when it was requested
 * @param readyAt when it became ready; null before
 * @param contentType the document's media type once ready ({@code application/pdf})
 * @param size the document's size in bytes once ready; null before
 */
public record Certificate(
    String id,
    CertificateStatus status,
    List<String> insuranceTypes,
    YearMonth from,
    YearMonth to,
    OffsetDateTime requestedAt,
    OffsetDateTime readyAt,
    String contentType,
    Long size) {

  /**
   * Copies {@code insuranceTypes}; null reads as none.
   *
   * @param id the certificate's id (also its verification number, printed on it)
   * @param status where it is
   * @param insuranceTypes the certified types, as {@code AAE140} codes
   * @param from the first certified month
   * @param to the last certified month
   * @param requestedAt when it was requested
   * @param readyAt when it became ready; null before
   * @param contentType the document's media type once ready ({@code application/pdf})
   * @param size the document's size in bytes once ready; null before
   */
  public Certificate {
    insuranceTypes = insuranceTypes == null ? List.of() : List.copyOf(insuranceTypes);
  }

  /**
   * Whether the document can be downloaded.
   *
   * @return true when its status is {@link CertificateStatus#READY}
   */
  public boolean isReady() {
    return status == CertificateStatus.READY;
  }
}
