package io.cityservices.benchmarks.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a hand-written client maps a violation into: plain strings and numbers, no checks. The raw
 * OkHttp + Jackson baseline reads and writes this.
 */
public record RawViolation(
    String id,
    String plate,
    String plateType,
    OffsetDateTime occurredAt,
    String city,
    RawAddress address,
    String code,
    String description,
    RawMoney fine,
    RawMoney lateFee,
    int points,
    String state,
    String authority,
    List<String> evidenceUrls) {

  /** Money as a hand-written client reads it. */
  public record RawMoney(long amount, String currency) {}

  /** An address as a hand-written client reads it. */
  public record RawAddress(
      String province, String city, String district, String street, String postcode) {}

  /** A page as a hand-written client reads it. */
  public record RawPage(List<RawViolation> data, String nextCursor) {}
}
