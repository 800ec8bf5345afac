package io.cityservices.benchmarks.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.cityservices.core.model.Address;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A benchmark-local stand-in for sdk-traffic's typed violation (not merged when this module was
 * written), built from the SDK's own domain types: the plate, city, address and money check
 * themselves while being read, exactly as in the service module. The transport cost is the same.
 */
public record Violation(
    String id,
    PlateNumber plate,
    PlateType plateType,
    OffsetDateTime occurredAt,
    CityCode city,
    Address address,
    String code,
    String description,
    Money fine,
    Money lateFee,
    int points,
    State state,
    String authority,
    List<String> evidenceUrls) {

  /** Where a violation is in its life. */
  public enum State {
    UNPROCESSED,
    PROCESSED,
    PAID,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}
