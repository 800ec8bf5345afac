package io.cityservices.library.internal;

import static io.cityservices.library.internal.LibraryOperations.APPLY_CARD;
import static io.cityservices.library.internal.LibraryOperations.CARD;
import static io.cityservices.library.internal.LibraryOperations.GET_CARD;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.library.ApplyCardRequest;
import io.cityservices.library.CardType;
import io.cityservices.library.CardsApi;
import io.cityservices.library.ReaderCard;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultCardsApi implements CardsApi {

  private final ServiceCalls calls;

  DefaultCardsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<ReaderCard> applyAsync(ApplyCardRequest request, RequestOptions options) {
    return calls.executeAsync(() -> applyRequest(request), options, CARD);
  }

  private ApiRequest applyRequest(ApplyCardRequest request) {
    Objects.requireNonNull(request, "request");
    boolean credit = request.type() == CardType.CREDIT;
    return calls.request(APPLY_CARD)
        .violations(LibraryRules.applyCard(request))
        .validate(request)
        .body(new WireBodies.ApplyCard(request.type() == null ? null : request.type().name(),
            request.homeLibraryId(), request.deposit(), credit ? Boolean.TRUE : null))
        .build();
  }

  @Override
  public CompletableFuture<ReaderCard> getAsync(RequestOptions options) {
    return calls.executeAsync(() -> calls.request(GET_CARD).build(), options, CARD);
  }
}
