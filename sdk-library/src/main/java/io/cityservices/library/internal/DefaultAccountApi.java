package io.cityservices.library.internal;

import static io.cityservices.library.internal.LibraryOperations.ACCOUNT;
import static io.cityservices.library.internal.LibraryOperations.GET_ACCOUNT;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.library.AccountApi;
import io.cityservices.library.ReaderAccount;
import java.util.concurrent.CompletableFuture;

final class DefaultAccountApi implements AccountApi {

  private final ServiceCalls calls;

  DefaultAccountApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<ReaderAccount> getAsync(RequestOptions options) {
    return calls.executeAsync(() -> calls.request(GET_ACCOUNT).build(), options, ACCOUNT);
  }
}
