package io.cityservices.exitentry.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.exitentry.EndorsementKind;
import io.cityservices.exitentry.EndorsementTypesApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultEndorsementTypesApi implements EndorsementTypesApi {
  private static final ResponseType<List<EndorsementKind>> KINDS = ResponseType.listOf(EndorsementKind.class);

  private final ServiceCalls calls;

  DefaultEndorsementTypesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<EndorsementKind>> listAsync(RequestOptions options) {
    return calls.executeAsync(() -> calls.request(ExitEntryOperations.LIST_ENDORSEMENT_TYPES).build(), options, KINDS);
  }
}
