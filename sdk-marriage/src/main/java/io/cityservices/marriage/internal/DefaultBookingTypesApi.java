package io.cityservices.marriage.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.marriage.BookingTypeDetails;
import io.cityservices.marriage.BookingTypesApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class DefaultBookingTypesApi implements BookingTypesApi {
  private static final ResponseType<List<BookingTypeDetails>> TYPES = ResponseType.listOf(BookingTypeDetails.class);

  private final ServiceCalls calls;

  DefaultBookingTypesApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<BookingTypeDetails>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, TYPES);
  }

  private ApiRequest listRequest() {
    return calls.request(MarriageOperations.LIST_BOOKING_TYPES).build();
  }
}
