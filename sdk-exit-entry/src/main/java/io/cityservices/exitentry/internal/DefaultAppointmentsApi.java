package io.cityservices.exitentry.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.exitentry.Appointment;
import io.cityservices.exitentry.AppointmentQuery;
import io.cityservices.exitentry.AppointmentsApi;
import io.cityservices.exitentry.BookAppointmentRequest;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultAppointmentsApi implements AppointmentsApi {
  private static final ResponseType<Appointment> APPOINTMENT = ResponseType.of(Appointment.class);
  private static final ResponseType<Page<Appointment>> APPOINTMENT_PAGE = ResponseType.pageOf(Appointment.class);

  private final ServiceCalls calls;

  DefaultAppointmentsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Appointment> bookAsync(BookAppointmentRequest request, RequestOptions options) {
    return calls.executeAsync(() -> bookRequest(request), options, APPOINTMENT);
  }

  private ApiRequest bookRequest(BookAppointmentRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.request(ExitEntryOperations.BOOK_APPOINTMENT)
        .body(request)
        .validate(request)
        .violations(ExitEntryRules.book(request))
        .build();
  }

  @Override
  public CompletableFuture<Page<Appointment>> listAsync(AppointmentQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, APPOINTMENT_PAGE);
  }

  private ApiRequest listRequest(AppointmentQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(ExitEntryOperations.LIST_APPOINTMENTS)
        .query("status", query.status())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }

  @Override
  public CompletableFuture<Appointment> getAsync(String appointmentId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(appointmentId), options, APPOINTMENT);
  }

  private ApiRequest getRequest(String appointmentId) {
    return calls.request(ExitEntryOperations.GET_APPOINTMENT)
        .path("appointment_id", ServiceCalls.requireId(appointmentId, "appointment_id"))
        .build();
  }

  @Override
  public CompletableFuture<Appointment> rescheduleAsync(String appointmentId, String slotId, RequestOptions options) {
    return calls.executeAsync(() -> rescheduleRequest(appointmentId, slotId), options, APPOINTMENT);
  }

  private ApiRequest rescheduleRequest(String appointmentId, String slotId) {
    String id = ServiceCalls.requireId(appointmentId, "appointment_id");
    return calls.request(ExitEntryOperations.RESCHEDULE_APPOINTMENT)
        .path("appointment_id", id)
        .body(Map.of("slot_id", ServiceCalls.requireId(slotId, "slot_id")))
        .build();
  }

  @Override
  public CompletableFuture<Appointment> cancelAsync(String appointmentId, RequestOptions options) {
    return calls.executeAsync(() -> cancelRequest(appointmentId), options, APPOINTMENT);
  }

  private ApiRequest cancelRequest(String appointmentId) {
    return calls.request(ExitEntryOperations.CANCEL_APPOINTMENT)
        .path("appointment_id", ServiceCalls.requireId(appointmentId, "appointment_id"))
        .body(Map.of())
        .build();
  }
}
