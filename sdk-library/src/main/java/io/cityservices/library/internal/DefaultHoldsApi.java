package io.cityservices.library.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.library.internal.LibraryOperations.CANCEL_HOLD;
import static io.cityservices.library.internal.LibraryOperations.HOLD;
import static io.cityservices.library.internal.LibraryOperations.HOLDS;
import static io.cityservices.library.internal.LibraryOperations.LIST_HOLDS;
import static io.cityservices.library.internal.LibraryOperations.PLACE_HOLD;
import static io.cityservices.library.internal.LibraryOperations.RESUME_HOLD;
import static io.cityservices.library.internal.LibraryOperations.SUSPEND_HOLD;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.Hold;
import io.cityservices.library.HoldQuery;
import io.cityservices.library.HoldStatus;
import io.cityservices.library.HoldsApi;
import io.cityservices.library.PlaceHoldRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultHoldsApi implements HoldsApi {

  private final ServiceCalls calls;

  DefaultHoldsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Hold>> listAsync(HoldQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, HOLDS);
  }

  private ApiRequest listRequest(HoldQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.statuses().contains(HoldStatus.UNKNOWN)) {
      throw ValidationException.of("statuses", "must name known statuses only");
    }
    return calls.request(LIST_HOLDS)
        .validate(query)
        .queryAll("status", query.statuses().stream().sorted().map(HoldStatus::name).toList())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<Hold> placeAsync(PlaceHoldRequest request, RequestOptions options) {
    return calls.executeAsync(() -> placeRequest(request), options, HOLD);
  }

  private ApiRequest placeRequest(PlaceHoldRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(PLACE_HOLD)
        .violations(LibraryRules.placeHold(request))
        .validate(request)
        .body(new WireBodies.PlaceHold(request.recordId(), request.itemId(), request.pickupLibraryId()))
        .build();
  }

  @Override
  public CompletableFuture<Hold> cancelAsync(String holdId, RequestOptions options) {
    return calls.executeAsync(() -> holdRequest(CANCEL_HOLD, holdId).build(), options, HOLD);
  }

  @Override
  public CompletableFuture<Hold> suspendAsync(String holdId, LocalDate until, RequestOptions options) {
    return calls.executeAsync(() -> suspendRequest(holdId, until), options, HOLD);
  }

  private ApiRequest suspendRequest(String holdId, LocalDate until) {
    ApiRequest.Builder request = holdRequest(SUSPEND_HOLD, holdId);
    if (until == null) {
      throw ValidationException.of("until", "must not be null");
    }
    return request.body(new WireBodies.Suspension(until)).build();
  }

  @Override
  public CompletableFuture<Hold> resumeAsync(String holdId, RequestOptions options) {
    return calls.executeAsync(() -> holdRequest(RESUME_HOLD, holdId).build(), options, HOLD);
  }

  private ApiRequest.Builder holdRequest(Operation operation, String holdId) {
    return calls.request(operation).path("hold_id", requireId(holdId, "holdId"));
  }
}
