package io.cityservices.health.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.health.NewPatient;
import io.cityservices.health.Patient;
import io.cityservices.health.PatientsApi;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultPatientsApi implements PatientsApi {
  private static final ResponseType<List<Patient>> PATIENTS = ResponseType.listOf(Patient.class);
  private static final ResponseType<Patient> PATIENT = ResponseType.of(Patient.class);

  private final ServiceCalls calls;

  DefaultPatientsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<Patient>> listAsync(RequestOptions options) {
    return calls.executeAsync(this::listRequest, options, PATIENTS);
  }

  private ApiRequest listRequest() {
    return calls.request(HealthOperations.LIST_PATIENTS).build();
  }

  @Override
  public CompletableFuture<Patient> addAsync(NewPatient patient, RequestOptions options) {
    return calls.executeAsync(() -> addRequest(patient), options, PATIENT);
  }

  private ApiRequest addRequest(NewPatient patient) {
    Objects.requireNonNull(patient, "patient");
    return calls.request(HealthOperations.ADD_PATIENT)
        .body(patient)
        .validate(patient)
        .violations(HealthRules.newPatient(patient))
        .build();
  }

  @Override
  public CompletableFuture<Void> removeAsync(String patientId, RequestOptions options) {
    return calls.executeAsync(() -> removeRequest(patientId), options, ResponseType.none());
  }

  private ApiRequest removeRequest(String patientId) {
    return calls.request(HealthOperations.REMOVE_PATIENT)
        .path("patient_id", ServiceCalls.requireId(patientId, "patient_id"))
        .build();
  }
}
