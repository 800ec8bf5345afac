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
import org.jspecify.annotations.Nullable;

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
    @ValidPlate @Nullable String plate,
    @Nullable PlateType plateType,
    @Pattern(regexp = "[A-Za-z0-9]{6}", message = "must be the last 6 letters or digits of the engine number")
        @Nullable String engineNoSuffix,
    Set<ViolationStatus> statuses,
    @Min(1) @Max(100) @Nullable Integer limit,
    @Nullable String cursor) implements PageQuery<ViolationQuery> {

  /**
   * Copies {@code statuses} (null means all).
   *
   * @param plate the plate number as typed, or null for the citizen's own vehicles
   * @param plateType the plate type, or null for the citizen's own vehicles
   * @param engineNoSuffix the last six characters of the engine number, or null for the citizen's
   *     own vehicles
   * @param statuses only violations in one of these statuses; empty for all
   * @param limit page size 1-100, or null for the platform's default (20)
   * @param cursor the cursor of the page to fetch, or null for the first
   */
  public ViolationQuery {
    statuses = statuses == null || statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
  }

  /**
   * A query for one vehicle.
   *
   * @param plate the plate number as typed, e.g. {@code 沪A12345}; normalised before sending
   * @param plateType the plate type, GA 24.7
   * @param engineNoSuffix the last six letters or digits of the engine number
   * @return a builder for that vehicle's violations; the three values are checked when the query is
   *     used
   */
  public static Builder forVehicle(String plate, PlateType plateType, String engineNoSuffix) {
    Builder builder = new Builder();
    builder.plate = plate;
    builder.plateType = plateType;
    builder.engineNoSuffix = engineNoSuffix;
    return builder;
  }

  /**
   * A query for every vehicle bound to the citizen.
   *
   * @return a builder for the violations of the citizen's own vehicles
   */
  public static Builder ownVehicles() {
    return new Builder();
  }

  /**
   * Whether this query names a vehicle (any of its three fields is set).
   *
   * @return true if the plate, plate type or engine-number suffix is set
   */
  public boolean namesVehicle() {
    return plate != null || plateType != null || engineNoSuffix != null;
  }

  /** The same query for another page. */
  @Override
  public ViolationQuery withCursor(@Nullable String nextCursor) {
    return new ViolationQuery(plate, plateType, engineNoSuffix, statuses, limit, nextCursor);
  }

  @Override
  public String toString() {
    return "ViolationQuery[plate=" + (plate == null ? null : Redactor.maskPlate(plate)) + ", plateType=" + plateType
        + ", engineNoSuffix=" + (engineNoSuffix == null ? null : Redactor.maskSecret(engineNoSuffix)) + ", statuses=" + statuses + ", limit=" + limit
        + ", cursor=" + cursor + "]";
  }

  /** Builds a {@link ViolationQuery}. */
  public static final class Builder {
    private @Nullable String plate;
    private @Nullable PlateType plateType;
    private @Nullable String engineNoSuffix;
    private Set<ViolationStatus> statuses = Set.of();
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder() {}

    /**
     * Only violations in one of {@code statuses} (replaces earlier choices; none means all).
     *
     * @param statuses the statuses to keep; empty for all
     * @return this builder
     * @throws NullPointerException if {@code statuses} is null
     */
    public Builder statuses(Set<ViolationStatus> statuses) {
      this.statuses = Objects.requireNonNull(statuses, "statuses");
      return this;
    }

    /**
     * Only violations in one of the given statuses (replaces earlier choices).
     *
     * @param first a status to keep
     * @param more further statuses to keep
     * @return this builder
     */
    public Builder statuses(ViolationStatus first, ViolationStatus... more) {
      this.statuses = EnumSet.of(first, more);
      return this;
    }

    /**
     * Only violations whose fine can be paid now: {@link ViolationStatus#payable()} (PAYABLE and
     *     OVERDUE).
     *
     * @return this builder
     */
    public Builder payable() {
      return statuses(ViolationStatus.payable());
    }

    /**
     * The page size, 1-100.
     *
     * @param limit the most violations per page, 1-100 (checked when the query is used)
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page to fetch.
     *
     * @param cursor the {@code nextCursor} of the previous page, or null for the first page
     * @return this builder
     */
    public Builder cursor(@Nullable String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * The query; checked when it is used, not here.
     *
     * @return a new query with the values set so far
     */
    public ViolationQuery build() {
      return new ViolationQuery(plate, plateType, engineNoSuffix, statuses, limit, cursor);
    }
  }
}
