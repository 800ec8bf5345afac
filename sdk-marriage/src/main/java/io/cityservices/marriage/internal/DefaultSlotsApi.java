package io.cityservices.marriage.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.marriage.Slot;
import io.cityservices.marriage.SlotQuery;
import io.cityservices.marriage.SlotsApi;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultSlotsApi implements SlotsApi {
  private static final ResponseType<Page<Slot>> SLOT_PAGE = ResponseType.pageOf(Slot.class);

  private final ServiceCalls calls;

  DefaultSlotsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Slot>> listAsync(SlotQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, SLOT_PAGE);
  }

  private ApiRequest listRequest(SlotQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(MarriageOperations.LIST_SLOTS)
        .query("office_id", query.officeId())
        .query("from", query.from())
        .query("to", query.to())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .violations(MarriageRules.slots(query))
        .build();
  }
}
