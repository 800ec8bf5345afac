package io.cityservices.traffic;

import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.PageQuery;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.core.validation.ValidPlate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which violations to list: those of one vehicle, identified the way 12123 does it (plate, plate type
 * and the last six characters of the engine number), or, with no vehicle, those of every vehicle bound
 * to the citizen. Optionally filtered by a set of statuses ({@link Builder#payable()} for every fine that
 * can be paid); paginated.
 *
 * <p>Checked before sending: the plate must be valid (GA 36), the plate type known, the engine-number
 * suffix six letters or digits, and the three vehicle fields given together or not at all.
 *
 * <p>{@link #toString()} masks the plate and the engine-number suffix.
 *
 * @param plate the plate number as typed, or null for the citizen's own vehicles
 * @param plateType the plate type, or null for the citizen's own vehicles
 * @param engineNoSuffix the last six characters of the engine number, or null for the citizen's own
 *     vehicles
 * @param statuses only violations in one of these statuses; empty for all
 * @param limit page size 1-100, or null for the platform's default (20)
 * @param cursor the cursor of the page to fetch, or null for the first
 */
public record ViolationQuery(
    @ValidPlate String plate,
    PlateType plateType,
    @Pattern(regexp = "[A-Za-z0-9]{6}", message = "must be the last 6 letters or digits of the engine number")
        String engineNoSuffix,
    Set<ViolationStatus> statuses,
    @Min(1) @Max(100) Integer limit,
    String cursor) implements PageQuery<ViolationQuery> {

  /** Copies {@code statuses} (null means all). */
  public ViolationQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
  }

  /** A query for one vehicle. */
  public static Builder forVehicle(String plate, PlateType plateType, String engineNoSuffix) {
    Builder builder = new Builder();
    builder.plate = plate;
    builder.plateType = plateType;
    builder.engineNoSuffix = engineNoSuffix;
    return builder;
  }

  /** A query for every vehicle bound to the citizen. */
  public static Builder ownVehicles() {
    return new Builder();
  }

  /** Whether this query names a vehicle (any of its three fields is set). */
  public boolean namesVehicle() {
    return plate != null || plateType != null || engineNoSuffix != null;
  }

  /** The same query for another page. */
  @Override
  public ViolationQuery withCursor(String nextCursor) {
    return new ViolationQuery(plate, plateType, engineNoSuffix, statuses, limit, nextCursor);
  }

  @Override
  public String toString() {
    return "ViolationQuery[plate=" + Redactor.maskPlate(plate) + ", plateType=" + plateType
        + ", engineNoSuffix=" + Redactor.maskSecret(engineNoSuffix) + ", statuses=" + statuses + ", limit=" + limit
        + ", cursor=" + cursor + "]";
  }

  /** Builds a {@link ViolationQuery}. */
  public static final class Builder {
    private String plate;
    private PlateType plateType;
    private String engineNoSuffix;
    private Set<ViolationStatus> statuses = Set.of();
    private Integer limit;
    private String cursor;

    private Builder() {}

    /** Only violations in one of {@code statuses} (replaces earlier choices; none means all). */
    public Builder statuses(Set<ViolationStatus> statuses) {
      this.statuses = Objects.requireNonNull(statuses, "statuses");
      return this;
    }

    /** Only violations in one of the given statuses (replaces earlier choices). */
    public Builder statuses(ViolationStatus first, ViolationStatus... more) {
      this.statuses = EnumSet.of(first, more);
      return this;
    }

    /** Only violations whose fine can be paid now: {@link ViolationStatus#payable()} (PAYABLE and OVERDUE). */
    public Builder payable() {
      return statuses(ViolationStatus.payable());
    }

    /** The page size, 1-100. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** The page to fetch. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** The query; checked when it is used, not here. */
    public ViolationQuery build() {
      return new ViolationQuery(plate, plateType, engineNoSuffix, statuses, limit, cursor);
    }
  }
}
