package io.cityservices.traffic.internal;

import static io.cityservices.traffic.internal.TrafficOperations.BOOKING;
import static io.cityservices.traffic.internal.TrafficOperations.BOOKING_PAGE;
import static io.cityservices.traffic.internal.TrafficOperations.BOOK_INSPECTION;
import static io.cityservices.traffic.internal.TrafficOperations.CANCEL_BOOKING;
import static io.cityservices.traffic.internal.TrafficOperations.LIST_BOOKINGS;
import static io.cityservices.traffic.internal.TrafficOperations.LIST_SLOTS;
import static io.cityservices.traffic.internal.TrafficOperations.LIST_STATIONS;
import static io.cityservices.traffic.internal.TrafficOperations.RESCHEDULE_BOOKING;
import static io.cityservices.traffic.internal.TrafficOperations.SLOT_PAGE;
import static io.cityservices.traffic.internal.TrafficOperations.STATION_PAGE;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.PlateNumber;
import io.cityservices.core.model.PlateType;
import io.cityservices.core.pagination.Page;
import io.cityservices.traffic.BookInspectionRequest;
import io.cityservices.traffic.BookingQuery;
import io.cityservices.traffic.InspectionBooking;
import io.cityservices.traffic.InspectionSlot;
import io.cityservices.traffic.InspectionStation;
import io.cityservices.traffic.InspectionsApi;
import io.cityservices.traffic.StationQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

final class DefaultInspectionsApi implements InspectionsApi {

  private final ServiceCalls calls;

  DefaultInspectionsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<InspectionStation>> listStationsAsync(StationQuery query, RequestOptions options) {
    return calls.executeAsync(() -> stationsRequest(query), options, STATION_PAGE);
  }

  private ApiRequest stationsRequest(StationQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(LIST_STATIONS)
        .require(query.radiusKm() == null || query.near() != null, "radiusKm", "needs near")
        .validate(query)
        .query("near", query.near() == null ? null : GeoFormat.latLon(query.near()))
        .query("radius_km", query.radiusKm() == null ? null : GeoFormat.number(query.radiusKm()))
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .build();
  }

  @Override
  public CompletableFuture<List<InspectionSlot>> slotsAsync(String stationId, LocalDate date, RequestOptions options) {
    return calls.executeAsync(() -> slotsRequest(stationId, date), options, SLOT_PAGE).thenApply(Page::data);
  }

  private ApiRequest slotsRequest(String stationId, LocalDate date) {
    return calls.request(LIST_SLOTS)
        .path("station_id", stationId, "stationId")
        .require(date != null, "date", "must not be null")
        .query("date", date)
        .build();
  }

  @Override
  public CompletableFuture<InspectionBooking> bookAsync(BookInspectionRequest request, RequestOptions options) {
    return calls.executeAsync(() -> bookRequest(request), options, BOOKING);
  }

  private ApiRequest bookRequest(BookInspectionRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(BOOK_INSPECTION)
        .require(request.plateType() != PlateType.UNKNOWN, "plateType", "must be a known GA 24.7 plate type")
        .validate(request)
        .body(BookingBody.of(request))
        .build();
  }

  /** The wire body, with the plate normalised once it is known to be valid. */
  private record BookingBody(String stationId, String slotId, @Nullable String plate, PlateType plateType) {
    static BookingBody of(BookInspectionRequest request) {
      String plate;
      try {
        plate = request.plate() == null ? null : PlateNumber.of(request.plate()).value();
      } catch (IllegalArgumentException invalid) {
        plate = request.plate();
      }
      return new BookingBody(request.stationId(), request.slotId(), plate, request.plateType());
    }

    @Override
    public String toString() {
      return "BookingBody[stationId=" + stationId + ", slotId=" + slotId + "]";
    }
  }

  @Override
  public CompletableFuture<Page<InspectionBooking>> listBookingsAsync(BookingQuery query, RequestOptions options) {
    return calls.executeAsync(() -> bookingsRequest(query), options, BOOKING_PAGE);
  }

  private ApiRequest bookingsRequest(BookingQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(LIST_BOOKINGS).validate(query)
        .query("limit", query.limit()).query("cursor", query.cursor()).build();
  }

  @Override
  public CompletableFuture<InspectionBooking> cancelAsync(String bookingId, RequestOptions options) {
    return calls.executeAsync(() -> cancelRequest(bookingId), options, BOOKING);
  }

  private ApiRequest cancelRequest(String bookingId) {
    return calls.request(CANCEL_BOOKING).path("booking_id", ServiceCalls.requireId(bookingId, "bookingId")).build();
  }

  @Override
  public CompletableFuture<InspectionBooking> rescheduleAsync(String bookingId, String slotId, RequestOptions options) {
    return calls.executeAsync(() -> rescheduleRequest(bookingId, slotId), options, BOOKING);
  }

  private ApiRequest rescheduleRequest(String bookingId, String slotId) {
    return calls.request(RESCHEDULE_BOOKING)
        .path("booking_id", bookingId, "bookingId")
        .requireId(slotId, "slotId")
        .body(new RescheduleBody(slotId))
        .build();
  }

  private record RescheduleBody(String slotId) {}
}
