package io.cityservices.health;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's registrations (挂号). Every call acts for a citizen: pass {@link
 * RequestOptions#forCitizen}; without one a {@link io.cityservices.core.error.ValidationException} is
 * thrown and nothing is sent.
 */
public interface AppointmentsApi {

  /**
   * {@code POST /appointments}: books a slot for a patient and pays its fee. A paid call: it carries an
   * {@code Idempotency-Key} (generated unless given in {@code options}; retries reuse it, so the fee
   * is charged once whatever the network does) and the app's non-repudiation signature, and its
   * result is verified against the platform's key.
   *
   * @param request what to book: the slot, the patient or applicant, and what the citizen agreed to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the appointment, normally {@link AppointmentStatus#BOOKED}
   * @throws io.cityservices.core.error.ValidationException for missing fields (nothing sent)
   * @throws SlotUnavailableException when the last place is gone or the slot cannot be booked
   * @throws FeeChangedException when the fee is no longer {@code expectedFee}
   * @throws io.cityservices.core.error.ConflictException {@code already_booked} when the patient
   *     already holds a place in that slot
   * @throws io.cityservices.core.error.NotFoundException for an unknown slot or patient
   */
  default Appointment book(BookAppointmentRequest request, RequestOptions options) {
    return Blocking.await(bookAsync(request, options));
  }

  /**
   * The asynchronous form of {@link #book}; its future fails with the same exceptions.
   *
   * @param request what to book: the slot, the patient or applicant, and what the citizen agreed to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #book} returns
   */
  CompletableFuture<Appointment> bookAsync(BookAppointmentRequest request, RequestOptions options);

  /**
   * {@code GET /appointments}: one page of the citizen's appointments matching {@code query}, newest
   * first, starting at its {@link AppointmentQuery#cursor() cursor}. A read: safe to retry, and the
   * SDK retries it on transient failures.
   *
   * @param query which appointments and which page; its cursor, when set, is where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of appointments and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen, or
   *     naming {@code limit} when it is outside 1 to 100; nothing is sent
   * @throws io.cityservices.core.error.AuthenticationException when the citizen's token is expired
   *     or revoked
   * @throws io.cityservices.core.error.DepartmentUnavailableException while the city's health
   *     department is down
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Appointment> list(AppointmentQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query which appointments and which page; its cursor, when set, is where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Appointment>> listAsync(AppointmentQuery query, RequestOptions options);

  /**
   * Every appointment matching {@code query}, starting at its {@link AppointmentQuery#cursor()
   * cursor} (the first page when it has none) and fetching the following pages lazily. Each page is
   * a {@link #list} call, so iterating throws what {@link #list} throws; nothing is sent before
   * iteration starts. Reads: safe to iterate again.
   *
   * @param query which appointments and which page; its cursor, when set, is where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Appointment> listAll(AppointmentQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * {@code GET /appointments/{appointment_id}}: one appointment. A read.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the appointment as the platform now holds it
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen, or
   *     naming {@code appointment_id} when it is null or blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's
   */
  default Appointment get(String appointmentId, RequestOptions options) {
    return Blocking.await(getAsync(appointmentId, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #get} returns
   */
  CompletableFuture<Appointment> getAsync(String appointmentId, RequestOptions options);

  /**
   * {@code POST /appointments/{appointment_id}/cancellation}: cancels before the hospital's cut-off
   * and refunds the fee; the place goes back to the slot. Idempotent: it carries an {@code
   * Idempotency-Key}, and cancelling a cancelled appointment returns it unchanged.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the cancelled appointment with its {@link Appointment#refund()}
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen, or
   *     naming {@code appointment_id} when it is null or blank; nothing is sent
   * @throws CancellationCutoffPassedException when the cut-off has passed (whether the platform
   *     answered 409 or 422)
   * @throws io.cityservices.core.error.ConflictException {@code not_cancellable} when the appointment
   *     has already been checked in, fulfilled or has expired
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's
   */
  default Appointment cancel(String appointmentId, RequestOptions options) {
    return Blocking.await(cancelAsync(appointmentId, options));
  }

  /**
   * The asynchronous form of {@link #cancel}; its future fails with the same exceptions.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #cancel} returns
   */
  CompletableFuture<Appointment> cancelAsync(String appointmentId, RequestOptions options);
}
