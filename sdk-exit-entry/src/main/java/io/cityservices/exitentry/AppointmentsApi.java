package io.cityservices.exitentry;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * A citizen's appointments at exit-entry offices. Every call acts for a citizen: pass {@link
 * RequestOptions#forCitizen}; without one a {@link io.cityservices.core.error.ValidationException}
 * is thrown and nothing is sent.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's exit-entry
 * administration is down, and the other {@link io.cityservices.core.error.CityServicesException}s
 * (authentication, rate limiting, timeouts, transport). The asynchronous forms throw nothing: every
 * failure, including invalid input, completes the future exceptionally with the same exception.
 */
public interface AppointmentsApi {

  /**
   * {@code POST /appointments}: holds a place in a slot. Idempotent: it carries an {@code
   * Idempotency-Key} (generated unless given in {@code options}, reused by every retry), so a place
   * is held once whatever the network does.
   *
   * @param request what to book: the slot, the patient or applicant, and what the citizen agreed to
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the appointment, {@link AppointmentStatus#BOOKED}
   * @throws io.cityservices.core.error.ValidationException for missing or inconsistent fields
   *     (nothing sent)
   * @throws SlotUnavailableException when the slot's last place is gone ({@code slot_taken}) or it
   *     cannot be booked
   * @throws GuardianRequiredException when the applicant is under 16 and no guardian is named
   * @throws DocumentStillValidException when a renewal is asked for while the current document is
   *     valid for more than six months
   * @throws NotEligibleException when the applicant may not apply (never says why)
   * @throws io.cityservices.core.error.NotFoundException for an unknown slot
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
   * {@code GET /appointments}: one page of the citizen's appointments, newest first. A read.
   *
   * @param query which appointments and which page; its cursor, when set, is where listing starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of appointments and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException when {@code options} carry no citizen or
   *     {@code limit} is outside 1 to 100; nothing is sent
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
   * Every appointment matching {@code query}, fetching pages lazily; each page is a {@link #list}
   * call and throws what it throws. Nothing is sent before iteration starts.
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
   * @throws io.cityservices.core.error.ValidationException naming {@code appointment_id} when blank;
   *     nothing is sent
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
   * {@code POST /appointments/{appointment_id}/reschedule}: moves a booked appointment to another
   * slot of any office; the old place goes back to its slot. Idempotent through its {@code
   * Idempotency-Key}; moving it to the slot it already holds returns it unchanged.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param slotId the platform's id of the slot, as listed
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the appointment, moved to the new slot
   * @throws io.cityservices.core.error.ValidationException naming {@code appointment_id} or {@code
   *     slot_id} when blank; nothing is sent
   * @throws SlotUnavailableException when the new slot is full; the appointment keeps its old slot
   * @throws io.cityservices.core.error.ConflictException {@code not_changeable} when it is no longer
   *     booked (attended, cancelled, missed)
   * @throws io.cityservices.core.error.NotFoundException when it is not one of the citizen's, or the
   *     slot is unknown
   */
  default Appointment reschedule(String appointmentId, String slotId, RequestOptions options) {
    return Blocking.await(rescheduleAsync(appointmentId, slotId, options));
  }

  /**
   * The asynchronous form of {@link #reschedule}; its future fails with the same exceptions.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param slotId the platform's id of the slot, as listed
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #reschedule} returns
   */
  CompletableFuture<Appointment> rescheduleAsync(String appointmentId, String slotId, RequestOptions options);

  /**
   * {@code POST /appointments/{appointment_id}/cancellation}: cancels; the place goes back to the
   * slot. Idempotent: cancelling a cancelled appointment returns it unchanged.
   *
   * @param appointmentId the platform's id of one of the citizen's appointments
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the cancelled appointment
   * @throws io.cityservices.core.error.ValidationException naming {@code appointment_id} when blank;
   *     nothing is sent
   * @throws io.cityservices.core.error.ConflictException {@code not_changeable} when it was attended
   *     or missed
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
