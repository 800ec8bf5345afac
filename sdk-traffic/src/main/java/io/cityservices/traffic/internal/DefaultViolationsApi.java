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
import io.cityservices.core.pagination.PagedIterable;
import io.cityservices.traffic.LicenceViolationQuery;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.traffic.ViolationState;
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
  public Page<Violation> list(ViolationQuery query, RequestOptions options) {
    return calls.execute(() -> listRequest(query), options, VIOLATION_PAGE);
  }

  @Override
  public CompletableFuture<Page<Violation>> listAsync(ViolationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, VIOLATION_PAGE);
  }

  @Override
  public PagedIterable<Violation> listAll(ViolationQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>(query.cursor(), cursor -> list(query.withCursor(cursor), options));
  }

  private ApiRequest listRequest(ViolationQuery query) {
    Objects.requireNonNull(query, "query");
    new Checks().require(!query.states().contains(ViolationState.UNKNOWN), "states",
        "must name known states only").throwIfAny();
    if (query.namesVehicle()) {
      new Checks()
          .require(query.plate() != null, "plate", "is required with plateType and engineNoSuffix")
          .require(query.plateType() != null && query.plateType() != PlateType.UNKNOWN,
              "plateType", "must be a known GA 24.7 plate type")
          .require(query.engineNoSuffix() != null, "engineNoSuffix", "is required with plate and plateType")
          .throwIfAny();
    }
    ApiRequest.Builder request = calls.request(LIST_VIOLATIONS).validate(query);
    if (query.namesVehicle()) {
      request
          .query("plate", normalisedPlate(query.plate()))
          .query("plate_type", query.plateType().code())
          .query("engine_no_suffix", query.engineNoSuffix().toUpperCase(Locale.ROOT));
    }
    return request
        .queryAll("state", query.states().stream().sorted().map(ViolationState::name).toList())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  /** UNKNOWN stands for values the platform may send, never for one to ask about. */
  private static void checkState(ViolationState state) {
    new Checks().require(state != ViolationState.UNKNOWN, "state", "must be a known state to filter by").throwIfAny();
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
  public Page<Violation> listForLicence(LicenceViolationQuery query, RequestOptions options) {
    return calls.execute(() -> licenceRequest(query), options, VIOLATION_PAGE);
  }

  @Override
  public CompletableFuture<Page<Violation>> listForLicenceAsync(LicenceViolationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> licenceRequest(query), options, VIOLATION_PAGE);
  }

  @Override
  public PagedIterable<Violation> listAllForLicence(LicenceViolationQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>(query.cursor(), cursor -> listForLicence(query.withCursor(cursor), options));
  }

  private ApiRequest licenceRequest(LicenceViolationQuery query) {
    Objects.requireNonNull(query, "query");
    checkState(query.state());
    return calls.request(LIST_LICENCE_VIOLATIONS)
        .validate(query)
        .query("state", query.state())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public Violation get(String violationId, RequestOptions options) {
    return calls.execute(() -> getRequest(violationId), options, VIOLATION);
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
