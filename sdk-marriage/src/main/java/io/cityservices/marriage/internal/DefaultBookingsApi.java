package io.cityservices.marriage.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.marriage.Booking;
import io.cityservices.marriage.BookingQuery;
import io.cityservices.marriage.BookingRequest;
import io.cityservices.marriage.BookingsApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultBookingsApi implements BookingsApi {
  private static final ResponseType<Booking> BOOKING = ResponseType.of(Booking.class);
  private static final ResponseType<Page<Booking>> BOOKING_PAGE = ResponseType.pageOf(Booking.class);

  private final ServiceCalls calls;

  DefaultBookingsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Booking> bookAsync(BookingRequest request, RequestOptions options) {
    return calls.executeAsync(() -> bookRequest(request), options, BOOKING);
  }

  private ApiRequest bookRequest(BookingRequest request) {
    Objects.requireNonNull(request, "request");
    List<FieldViolation> violations = MarriageRules.booking(request);
    ApiRequest.Builder booking = calls.request(MarriageOperations.BOOK).violations(violations);
    // The wire body reads the slot's id, which a broken request may lack; core refuses it unsent anyway.
    return violations.isEmpty() ? booking.body(wireBody(request)).build() : booking.build();
  }

  /** Only the slot's id goes on the wire; its date served the checks above. */
  private static Map<String, Object> wireBody(BookingRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", request.type());
    body.put("slot_id", request.slot().id());
    body.put("initiator_id_number", request.initiatorIdNumber());
    if (request.partner() != null) {
      body.put("partner", request.partner());
    }
    body.put("declaration_accepted", request.declarationAccepted());
    return body;
  }

  @Override
  public CompletableFuture<Page<Booking>> listAsync(BookingQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, BOOKING_PAGE);
  }

  private ApiRequest listRequest(BookingQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(MarriageOperations.LIST_BOOKINGS)
        .query("status", query.status())
        .query("role", query.role())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }

  @Override
  public CompletableFuture<Booking> getAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> onBooking(MarriageOperations.GET_BOOKING, bookingId).build(), options, BOOKING);
  }

  @Override
  public CompletableFuture<Booking> consentAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> consentRequest(bookingId), options, BOOKING);
  }

  /** Consenting is accepting the declaration: the signed body says so. */
  private ApiRequest consentRequest(String bookingId) {
    return onBooking(MarriageOperations.CONSENT, bookingId).body(Map.of("declaration_accepted", true)).build();
  }

  @Override
  public CompletableFuture<Booking> declineAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> onBooking(MarriageOperations.DECLINE, bookingId).body(Map.of()).build(), options, BOOKING);
  }

  @Override
  public CompletableFuture<Booking> cancelAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> onBooking(MarriageOperations.CANCEL, bookingId).body(Map.of()).build(), options, BOOKING);
  }

  @Override
  public CompletableFuture<Booking> checkInAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> onBooking(MarriageOperations.CHECK_IN, bookingId).body(Map.of()).build(), options, BOOKING);
  }

  private ApiRequest.Builder onBooking(Operation operation, String bookingId) {
    return calls.request(operation).path("booking_id", ServiceCalls.requireId(bookingId, "booking_id"));
  }
}
