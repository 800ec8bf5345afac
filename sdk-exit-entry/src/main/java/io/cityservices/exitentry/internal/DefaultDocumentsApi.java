package io.cityservices.exitentry.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.exitentry.DocumentsApi;
import io.cityservices.exitentry.TravelDocument;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultDocumentsApi implements DocumentsApi {
  private static final ResponseType<List<TravelDocument>> DOCUMENTS = ResponseType.listOf(TravelDocument.class);

  private final ServiceCalls calls;

  DefaultDocumentsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<TravelDocument>> listAsync(RequestOptions options) {
    return calls.executeAsync(() -> calls.request(ExitEntryOperations.LIST_DOCUMENTS).build(), options, DOCUMENTS);
  }
}
