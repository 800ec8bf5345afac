package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.GET_VIOLATION;
import static io.cityservices.traffic.internal.TrafficOperations.LIST_LICENCE_VIOLATIONS;
import static io.cityservices.traffic.internal.TrafficOperations.LIST_VIOLATIONS;
import static io.cityservices.traffic.internal.TrafficOperations.VIOLATION;
import static io.cityservices.traffic.internal.TrafficOperations.VIOLATION_PAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.LicenceViolationQuery;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.traffic.ViolationStatus;
import io.cityservices.traffic.ViolationsApi;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultViolationsApi implements ViolationsApi {

  private final ServiceCalls calls;

  DefaultViolationsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Violation>> listAsync(ViolationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, VIOLATION_PAGE);
  }

  private ApiRequest listRequest(ViolationQuery query) {
    Objects.requireNonNull(query, "query");
    ApiRequest.Builder request = calls.request(LIST_VIOLATIONS)
        .require(!query.statuses().contains(ViolationStatus.UNKNOWN), "statuses", "must name known statuses only")
        .validate(query);
    if (query.namesVehicle()) {
      String plate = query.plate();
      PlateType plateType = query.plateType();
      String engineNoSuffix = query.engineNoSuffix();
      boolean knownType = plateType != null && plateType != PlateType.UNKNOWN;
      request
          .require(plate != null, "plate", "is required with plateType and engineNoSuffix")
          .require(knownType, "plateType", "must be a known GA 24.7 plate type")
          .require(engineNoSuffix != null, "engineNoSuffix", "is required with plate and plateType");
      if (plate != null && plateType != null && knownType && engineNoSuffix != null) {
        request
            .query("plate", normalisedPlate(plate))
            .query("plate_type", plateType.code())
            .query("engine_no_suffix", engineNoSuffix.toUpperCase(Locale.ROOT));
      }
    }
    return request
        .queryAll("status", query.statuses().stream().sorted().map(ViolationStatus::name).toList())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  /** The plate as the platform expects it; an invalid one is left for the validator to name. */
  private static String normalisedPlate(String plate) {
    try {
      return PlateNumber.of(plate).value();
    } catch (IllegalArgumentException invalid) {
      return plate;
    }
  }

  @Override
  public CompletableFuture<Page<Violation>> listForLicenceAsync(LicenceViolationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> licenceRequest(query), options, VIOLATION_PAGE);
  }

  private ApiRequest licenceRequest(LicenceViolationQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(LIST_LICENCE_VIOLATIONS)
        // UNKNOWN stands for values the platform may send, never for one to ask about.
        .require(query.status() != ViolationStatus.UNKNOWN, "status", "must be a known status to filter by")
        .validate(query)
        .query("status", query.status())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<Violation> getAsync(String violationId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(violationId), options, VIOLATION);
  }

  private ApiRequest getRequest(String violationId) {
    return calls.request(GET_VIOLATION)
        .path("violation_id", ServiceCalls.requireId(violationId, "violationId"))
        .build();
  }
}
