package io.cityservices.benchmarks.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a hand-written client maps a violation into (the {@code Violation} schema of
 * {@code sdk-traffic/src/main/openapi/traffic.yaml}): plain strings and numbers, no checks. The raw
 * OkHttp + Jackson baseline reads and writes this.
 */
public record RawViolation(
    String id,
    String plate,
    String plateType,
    OffsetDateTime occurredAt,
    String placeCode,
    String address,
    String code,
    String description,
    Integer measuredValue,
    Integer limitValue,
    RawMoney fine,
    RawMoney lateFee,
    int points,
    String discoveringAuthority,
    String handlingAuthority,
    String source,
    String decisionNumber,
    String status,
    String handlingStatus,
    String paymentStatus,
    LocalDate paymentDeadline,
    OffsetDateTime paidAt,
    List<String> evidencePhotoUrls) {

  /** Money as a hand-written client reads it. */
  public record RawMoney(long amount, String currency) {}

  /** A page as a hand-written client reads it. */
  public record RawPage(List<RawViolation> data, String nextCursor) {}
}
