package io.cityservices.traffic;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Annual-inspection stations, slots and bookings. Stations and slots are public data (the app's token
 * suffices); stations are cached per HTTP caching, slots never (their free places change with every
 * booking). Bookings act for a citizen.
 */
public interface InspectionsApi {

  /** Code of the conflict raised when the slot has no place left. */
  String SLOT_FULL = "slot_full";

  /**
   * Stations of the city, or near a point ({@code GET /inspection-stations?near=lat,lon&radius_km=}).
   * A cacheable public read.
   *
   * @throws io.cityservices.core.error.ValidationException a radius without a point, or out of range
   */
  Page<InspectionStation> stations(StationQuery query, RequestOptions options);

  /** The asynchronous form of {@link #stations}. */
  CompletableFuture<Page<InspectionStation>> stationsAsync(StationQuery query, RequestOptions options);

  /** Every station matching {@code query}, from the first page on. */
  PagedIterable<InspectionStation> listAllStations(StationQuery query, RequestOptions options);

  /**
   * A station's slots on a day, full ones included ({@code GET /inspection-stations/{station_id}/slots?date=}).
   *
   * @throws io.cityservices.core.error.NotFoundException no such station
   */
  List<InspectionSlot> slots(String stationId, LocalDate date, RequestOptions options);

  /** The asynchronous form of {@link #slots}. */
  CompletableFuture<List<InspectionSlot>> slotsAsync(String stationId, LocalDate date, RequestOptions options);

  /**
   * Books a slot for one of the citizen's vehicles ({@code POST /inspection-bookings}); idempotent
   * through its key, reused on retries.
   *
   * @throws io.cityservices.core.error.ConflictException {@code slot_full}: no place left; nothing booked
   * @throws io.cityservices.core.error.ValidationException bad plate, unknown plate type, missing ids
   */
  InspectionBooking book(BookInspectionRequest request, RequestOptions options);

  /** The asynchronous form of {@link #book}. */
  CompletableFuture<InspectionBooking> bookAsync(BookInspectionRequest request, RequestOptions options);

  /** A page of the citizen's bookings, newest first ({@code GET /inspection-bookings?cursor=}). */
  Page<InspectionBooking> bookings(String cursor, RequestOptions options);

  /** The asynchronous form of {@link #bookings}. */
  CompletableFuture<Page<InspectionBooking>> bookingsAsync(String cursor, RequestOptions options);

  /** All the citizen's bookings, fetching pages lazily. */
  PagedIterable<InspectionBooking> listAllBookings(RequestOptions options);

  /**
   * Cancels a booking and frees its place ({@code DELETE /inspection-bookings/{booking_id}}).
   * Idempotent: cancelling a cancelled booking returns it unchanged.
   *
   * @return the booking, state CANCELLED
   * @throws io.cityservices.core.error.ConflictException the booking is no longer active (completed,
   *     no-show, expired)
   */
  InspectionBooking cancel(String bookingId, RequestOptions options);

  /** The asynchronous form of {@link #cancel}. */
  CompletableFuture<InspectionBooking> cancelAsync(String bookingId, RequestOptions options);

  /**
   * Moves a booking to another slot of the same station ({@code PUT /inspection-bookings/{booking_id}}
   * with {@code {"slot_id"}}). Idempotent: moving to the slot it already has changes nothing.
   *
   * @throws io.cityservices.core.error.ConflictException {@code slot_full}, or the booking is not active
   */
  InspectionBooking reschedule(String bookingId, String slotId, RequestOptions options);

  /** The asynchronous form of {@link #reschedule}. */
  CompletableFuture<InspectionBooking> rescheduleAsync(String bookingId, String slotId, RequestOptions options);
}
