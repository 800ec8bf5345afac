package io.cityservices.library.internal;

import static io.cityservices.core.http.ServiceCalls.requireId;
import static io.cityservices.library.internal.LibraryOperations.GET_LIBRARY;
import static io.cityservices.library.internal.LibraryOperations.LIBRARIES;
import static io.cityservices.library.internal.LibraryOperations.LIBRARY;
import static io.cityservices.library.internal.LibraryOperations.LIST_LIBRARIES;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.library.LibrariesApi;
import io.cityservices.library.Library;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultLibrariesApi implements LibrariesApi {

  private final ServiceCalls calls;

  DefaultLibrariesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<Library>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, LIBRARIES).thenApply(Page::data);
  }

  private ApiRequest listRequest() {
    return calls.request(LIST_LIBRARIES).build();
  }

  @Override
  public CompletableFuture<Library> getAsync(String libraryId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(libraryId), options, LIBRARY);
  }

  private ApiRequest getRequest(String libraryId) {
    return calls.request(GET_LIBRARY).path("library_id", requireId(libraryId, "libraryId")).build();
  }
}
