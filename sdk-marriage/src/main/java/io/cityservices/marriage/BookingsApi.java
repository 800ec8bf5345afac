package io.cityservices.marriage;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Bookings that both parties consent to. The initiator books naming the partner; the booking is
 * {@link BookingStatus#PENDING_PARTNER_CONSENT} until the partner, signed in with their own citizen
 * token, {@linkplain #consent consents}; only then is it {@link BookingStatus#CONFIRMED}. Registration
 * is free: nothing here moves money.
 *
 * <p>Every call acts for a citizen: pass {@link RequestOptions#forCitizen}; without one a {@link
 * io.cityservices.core.error.ValidationException} is thrown and nothing is sent. Besides the cases each
 * method lists, any call may throw {@link io.cityservices.core.error.DepartmentUnavailableException}
 * while the city's civil affairs system is down, {@link io.cityservices.core.error.AuthenticationException}
 * for an expired citizen token, and the other {@link io.cityservices.core.error.CityServicesException}s.
 * The asynchronous forms throw nothing: every failure, including invalid input, completes their future
 * exceptionally with the same exception.
 */
public interface BookingsApi {

  /**
   * {@code POST /bookings}: books a slot. The initiator's signed declaration is a consent, so the call
   * carries the app's second signature and its result is verified against the platform's key. It
   * carries an {@code Idempotency-Key} (generated unless given in {@code options}; retries reuse it, so
   * one place is taken whatever the network does).
   *
   * @param request the booking, built with {@link BookingRequest#marriage}, {@link
   *     BookingRequest#divorce} or {@link BookingRequest#certificateReissue}
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the booking: {@link BookingStatus#PENDING_PARTNER_CONSENT} when it names a partner,
   *     {@link BookingStatus#CONFIRMED} for a certificate reissue
   * @throws io.cityservices.core.error.ValidationException naming every broken field by its Java name
   *     ({@code initiatorIdNumber} or {@code partner.idNumber} with an {@code under_age} message, the
   *     two parties being the same person, a missing {@code slot}, {@code partner} or {@code
   *     declarationAccepted}); nothing is sent. The platform answers the same checks with a {@code
   *     ValidationException} whose code is {@code under_age} or {@code validation_failed}
   * @throws io.cityservices.core.error.SlotUnavailableException when the last place is gone ({@code
   *     slot_full}) or the slot is not bookable (not released yet, or its day has come: {@code
   *     slot_unavailable})
   * @throws NotEligibleException when one of the parties cannot register this (never says which or why)
   * @throws io.cityservices.core.error.ConflictException {@code already_booked} when either party
   *     already holds an open booking of this type; {@code office_not_competent} when a party is a Hong
   *     Kong or Macao resident and the office is not designated for such registrations
   * @throws io.cityservices.core.error.PermissionException when {@code initiatorIdNumber} is not the
   *     signed-in citizen's
   * @throws io.cityservices.core.error.NotFoundException for an unknown slot
   * @throws NullPointerException when {@code request} is null
   */
  default Booking book(BookingRequest request, RequestOptions options) {
    return Blocking.await(bookAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #book}; its future fails with the same exceptions.
   *
   * @param request the booking, built with {@link BookingRequest#marriage}, {@link
   *     BookingRequest#divorce} or {@link BookingRequest#certificateReissue}
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #book} returns
   */
  CompletableFuture<Booking> bookAsync(BookingRequest request, RequestOptions options);

  /**
   * {@code GET /bookings}: one page of the bookings the citizen is a party to, newest first. A read:
   * safe, retried.
   *
   * @param query which bookings (by status or role) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of bookings and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming {@code limit} when it is outside 1 to
   *     100; nothing is sent
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Booking> list(BookingQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query which bookings (by status or role) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Booking>> listAsync(BookingQuery query, RequestOptions options);

  /**
   * Every booking matching {@code query}, starting at its {@link BookingQuery#cursor() cursor} and
   * fetching the following pages lazily. Each page is a {@link #list} call, so iterating throws what
   * {@link #list} throws; nothing is sent before iteration starts. Reads: safe to iterate again.
   *
   * @param query which bookings (by status or role) and which page; its cursor, when set, is where
   *     listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Booking> listAll(BookingQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * {@code GET /bookings/{booking_id}}: one booking the citizen is a party to. A read: safe, retried.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the booking as the platform now holds it
   * @throws io.cityservices.core.error.ValidationException naming {@code booking_id} when it is null or
   *     blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the citizen is not a party to it
   */
  default Booking get(String bookingId, RequestOptions options) {
    return Blocking.await(getAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #get} returns
   */
  CompletableFuture<Booking> getAsync(String bookingId, RequestOptions options);

  /**
   * {@code POST /bookings/{booking_id}/consent}: the partner consents and accepts the declaration; the
   * booking becomes {@link BookingStatus#CONFIRMED}. A consent: it carries an {@code Idempotency-Key}
   * and the app's second signature, and its result is verified against the platform's key. Consenting
   * to a confirmed booking returns it unchanged.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the booking, now {@link BookingStatus#CONFIRMED}
   * @throws io.cityservices.core.error.ValidationException naming {@code booking_id} when it is null or
   *     blank; nothing is sent
   * @throws NotEligibleException when one of the parties cannot register this; the booking is then
   *     {@link BookingStatus#REFUSED}
   * @throws io.cityservices.core.error.PermissionException when the citizen is the initiator, not the
   *     partner
   * @throws io.cityservices.core.error.ConflictException {@code not_pending} when the booking no longer
   *     waits for consent (expired, declined, cancelled)
   * @throws io.cityservices.core.error.NotFoundException when the citizen is not a party to it
   */
  default Booking consent(String bookingId, RequestOptions options) {
    return Blocking.await(consentAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #consent}; its future fails with the same exceptions.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #consent} returns
   */
  CompletableFuture<Booking> consentAsync(String bookingId, RequestOptions options);

  /**
   * {@code POST /bookings/{booking_id}/decline}: the partner declines; the booking becomes {@link
   * BookingStatus#DECLINED} and its place is released. No reason is asked or told to the initiator.
   * Idempotent: it carries an {@code Idempotency-Key}, and declining a declined booking returns it
   * unchanged.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the booking, now {@link BookingStatus#DECLINED}
   * @throws io.cityservices.core.error.ValidationException naming {@code booking_id} when it is null or
   *     blank; nothing is sent
   * @throws io.cityservices.core.error.PermissionException when the citizen is the initiator
   * @throws io.cityservices.core.error.ConflictException {@code not_pending} when it no longer waits for
   *     consent
   * @throws io.cityservices.core.error.NotFoundException when the citizen is not a party to it
   */
  default Booking decline(String bookingId, RequestOptions options) {
    return Blocking.await(declineAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #decline}; its future fails with the same exceptions.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #decline} returns
   */
  CompletableFuture<Booking> declineAsync(String bookingId, RequestOptions options);

  /**
   * {@code POST /bookings/{booking_id}/cancellation}: either party cancels before the slot starts; the
   * place is released. Idempotent: it carries an {@code Idempotency-Key}, and cancelling a cancelled
   * booking returns it unchanged.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the cancelled booking
   * @throws io.cityservices.core.error.ValidationException naming {@code booking_id} when it is null or
   *     blank; nothing is sent
   * @throws io.cityservices.core.error.ConflictException {@code not_cancellable} when it has ended, been
   *     checked in or its slot has started
   * @throws io.cityservices.core.error.NotFoundException when the citizen is not a party to it
   */
  default Booking cancel(String bookingId, RequestOptions options) {
    return Blocking.await(cancelAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #cancel}; its future fails with the same exceptions.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #cancel} returns
   */
  CompletableFuture<Booking> cancelAsync(String bookingId, RequestOptions options);

  /**
   * {@code POST /bookings/{booking_id}/check-in}: either party checks the couple in at the office on
   * the booked day (现场签到); the booking becomes {@link BookingStatus#CHECKED_IN}. Idempotent: it
   * carries an {@code Idempotency-Key}, and checking in twice returns the booking unchanged.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the booking, now {@link BookingStatus#CHECKED_IN}
   * @throws io.cityservices.core.error.ValidationException naming {@code booking_id} when it is null or
   *     blank; nothing is sent
   * @throws io.cityservices.core.error.ConflictException {@code partner_consent_missing} while the
   *     partner has not consented; {@code check_in_not_open} on another day than the booked one or after
   *     the slot; {@code not_pending} when the booking has ended
   * @throws io.cityservices.core.error.NotFoundException when the citizen is not a party to it
   */
  default Booking checkIn(String bookingId, RequestOptions options) {
    return Blocking.await(checkInAsync(bookingId, options));
  }

  /**
   * The asynchronous form of {@link #checkIn}; its future fails with the same exceptions.
   *
   * @param bookingId the platform's id of a booking the citizen is a party to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #checkIn} returns
   */
  CompletableFuture<Booking> checkInAsync(String bookingId, RequestOptions options);
}
