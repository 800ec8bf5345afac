package io.cityservices.traffic;

import io.cityservices.core.Blocking;
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

  /**
   * Stations of the city, or near a point ({@code GET /inspection-stations?near=lat,lon&radius_km=}):
   * the page at {@link StationQuery#cursor()}. A cacheable public read: safe, idempotent and retried by
   * the transport; no citizen needed.
   *
   * @param query all the city's stations or those near a point, with the page size and cursor
   * @param options per-call options such as a timeout; no citizen needed
   * @return one page of stations
   * @throws io.cityservices.core.error.ValidationException a radius without a point, a radius outside
   *     (0, 100] km, a limit outside 1-100; nothing is sent
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   * @throws NullPointerException if {@code query} is null
   */
  default Page<InspectionStation> listStations(StationQuery query, RequestOptions options) {
    return Blocking.await(listStationsAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #listStations}: same request and guarantees; failures, the checks
   * before sending included, complete the future exceptionally instead of being thrown.
   *
   * @param query all the city's stations or those near a point, with the page size and cursor
   * @param options per-call options such as a timeout; no citizen needed
   * @return a future completing with one page of stations, or exceptionally with the exceptions of
   *     {@link #listStations}
   */
  CompletableFuture<Page<InspectionStation>> listStationsAsync(StationQuery query, RequestOptions options);

  /**
   * Every station matching {@code query}, from the page at {@code query}'s cursor on (the first page
   * when it has none), fetching each page lazily with {@link #listStations}; each new iteration starts
   * again at that cursor. Nothing is sent until iteration starts, and the exceptions of
   * {@link #listStations} are thrown from {@code hasNext()}/{@code next()}. Safe to iterate again: every
   * page is an idempotent read.
   *
   * @param query all the city's stations or those near a point; its cursor is where iteration
   *     starts
   * @param options per-call options used for every page; no citizen needed
   * @return a lazy iterable over the stations of every page
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<InspectionStation> listAllStations(StationQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> listStations(q, options));
  }

  /**
   * A station's slots on a day, full ones included ({@code GET /inspection-stations/{station_id}/slots?date=}).
   * Public data (no citizen needed) but never cached, since free places change with every booking. A
   * safe, idempotent read, retried by the transport.
   *
   * @param stationId the station's id, from {@link InspectionStation#id()}
   * @param date the day, in the city's time zone
   * @param options per-call options such as a timeout; no citizen needed
   * @return the station's slots that day, empty when it has none
   * @throws io.cityservices.core.error.ValidationException a blank {@code stationId} or a null
   *     {@code date} (both named when both are wrong); nothing is sent
   * @throws io.cityservices.core.error.NotFoundException no such station
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   */
  default List<InspectionSlot> slots(String stationId, LocalDate date, RequestOptions options) {
    return Blocking.await(slotsAsync(stationId, date, options));
  }

  /**
   * The asynchronous form of {@link #slots}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param stationId the station's id, from {@link InspectionStation#id()}
   * @param date the day, in the city's time zone
   * @param options per-call options such as a timeout; no citizen needed
   * @return a future completing with the slots, or exceptionally with the exceptions of {@link
   *     #slots}
   */
  CompletableFuture<List<InspectionSlot>> slotsAsync(String stationId, LocalDate date, RequestOptions options);

  /**
   * Books a slot for one of the citizen's vehicles ({@code POST /inspection-bookings}); idempotent
   * through its key, reused on retries.
   *
   * @param request the station, slot and vehicle to book
   * @param options must name the citizen booking; an idempotency key given here is used instead of
   *     a generated one
   * @return the booking: {@link BookingStatus#BOOKED} once confirmed, {@link BookingStatus#HELD} while
   *     its place is only held
   * @throws io.cityservices.core.error.SlotUnavailableException no place left ({@code slot_full}); nothing booked
   * @throws io.cityservices.core.error.ValidationException bad plate, unknown plate type, missing ids
   */
  default InspectionBooking book(BookInspectionRequest request, RequestOptions options) {
    return Blocking.await(bookAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #book}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param request the station, slot and vehicle to book
   * @param options must name the citizen booking; an idempotency key given here is used instead of
   *     a generated one
   * @return a future completing with the booking, or exceptionally with the exceptions of {@link
   *     #book}
   */
  CompletableFuture<InspectionBooking> bookAsync(BookInspectionRequest request, RequestOptions options);

  /**
   * A page of the citizen's bookings, newest first ({@code GET /inspection-bookings?limit=&cursor=}), plates
   * masked in {@code toString()}. Acts for a citizen; a safe, idempotent read, retried by the transport.
   *
   * @param query the page size and the cursor of the page to fetch ({@link Page#nextCursor()} of the
   *     previous one); {@link BookingQuery#all()} for the first page
   * @param options must name the citizen whose bookings are listed
   * @return one page of bookings
   * @throws io.cityservices.core.error.ValidationException no citizen in the options; nothing is sent
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   */
  default Page<InspectionBooking> listBookings(BookingQuery query, RequestOptions options) {
    return Blocking.await(listBookingsAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #listBookings}: same request and guarantees; failures complete the
   * future exceptionally instead of being thrown.
   *
   * @param query the page size and the cursor of the page to fetch
   * @param options must name the citizen whose bookings are listed
   * @return a future completing with one page of bookings, or exceptionally with the exceptions of
   *     {@link #listBookings}
   */
  CompletableFuture<Page<InspectionBooking>> listBookingsAsync(BookingQuery query, RequestOptions options);

  /**
   * All the citizen's bookings, from the query's page on, fetching each page lazily with
   * {@link #listBookings}; each new iteration starts again. Nothing is sent until iteration starts, and the
   * exceptions of {@link #listBookings} are thrown from {@code hasNext()}/{@code next()}. Safe to iterate
   * again: every page is an idempotent read.
   *
   * @param query the page size and the cursor where iteration starts
   * @param options must name the citizen; used for every page
   * @return a lazy iterable over the bookings of every page
   */
  default PagedIterable<InspectionBooking> listAllBookings(BookingQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> listBookings(q, options));
  }

  /**
   * Cancels a booking and frees its place ({@code DELETE /inspection-bookings/{booking_id}}).
   * Idempotent: cancelling a cancelled booking returns it unchanged.
   *
   * @param bookingId the booking's id, from {@link InspectionBooking#id()}
   * @param options must name the citizen who booked
   * @return the booking, state CANCELLED
   * @throws io.cityservices.core.error.ValidationException a blank {@code bookingId} or no citizen in
   *     the options; nothing is sent
   * @throws io.cityservices.core.error.ConflictException the booking is no longer active (completed,
   *     no-show, expired)
   */
  default InspectionBooking cancel(String bookingId, RequestOptions options) {
    return Blocking.await(cancelAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #cancel}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param bookingId the booking's id, from {@link InspectionBooking#id()}
   * @param options must name the citizen who booked
   * @return a future completing with the cancelled booking, or exceptionally with the exceptions of
   *     {@link #cancel}
   */
  CompletableFuture<InspectionBooking> cancelAsync(String bookingId, RequestOptions options);

  /**
   * Moves a booking to another slot of the same station ({@code PUT /inspection-bookings/{booking_id}}
   * with {@code {"slot_id"}}). Idempotent: moving to the slot it already has changes nothing.
   *
   * @param bookingId the booking's id, from {@link InspectionBooking#id()}
   * @param slotId the new slot's id, a slot of the same station from {@link #slots}
   * @param options must name the citizen who booked
   * @return the booking, on the new slot
   * @throws io.cityservices.core.error.ValidationException a blank {@code bookingId} or {@code slotId}
   *     (both named when both are), or no citizen in the options; nothing is sent
   * @throws io.cityservices.core.error.SlotUnavailableException the new slot has no place left
   * @throws io.cityservices.core.error.ConflictException the booking is not active
   */
  default InspectionBooking reschedule(String bookingId, String slotId, RequestOptions options) {
    return Blocking.await(rescheduleAsync(bookingId, slotId, options));
  }

  /**
   * The asynchronous form of {@link #reschedule}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param bookingId the booking's id, from {@link InspectionBooking#id()}
   * @param slotId the new slot's id, a slot of the same station from {@link #slots}
   * @param options must name the citizen who booked
   * @return a future completing with the moved booking, or exceptionally with the exceptions of
   *     {@link #reschedule}
   */
  CompletableFuture<InspectionBooking> rescheduleAsync(String bookingId, String slotId, RequestOptions options);
}
