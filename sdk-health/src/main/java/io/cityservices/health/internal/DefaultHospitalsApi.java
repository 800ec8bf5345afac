package io.cityservices.health.internal;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.pagination.Page;
import io.cityservices.health.Department;
import io.cityservices.health.Doctor;
import io.cityservices.health.Hospital;
import io.cityservices.health.HospitalQuery;
import io.cityservices.health.HospitalsApi;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

final class DefaultHospitalsApi implements HospitalsApi {
  private static final ResponseType<Page<Hospital>> HOSPITAL_PAGE = ResponseType.pageOf(Hospital.class);
  private static final ResponseType<Hospital> HOSPITAL = ResponseType.of(Hospital.class);
  private static final ResponseType<List<Department>> DEPARTMENTS = ResponseType.listOf(Department.class);
  private static final ResponseType<List<Doctor>> DOCTORS = ResponseType.listOf(Doctor.class);

  private final ServiceCalls calls;

  DefaultHospitalsApi(ServiceCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<Page<Hospital>> listAsync(HospitalQuery query, RequestOptions options) {
    return calls.executeAsync(() -> listRequest(query), options, HOSPITAL_PAGE);
  }

  private ApiRequest listRequest(HospitalQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.request(HealthOperations.SEARCH_HOSPITALS)
        .query("name", query.name())
        .query("district", query.district())
        .query("level", query.level())
        .query("department", query.department())
        .query("limit", query.limit())
        .query("cursor", query.cursor())
        .validate(query)
        .build();
  }

  @Override
  public CompletableFuture<Hospital> getAsync(String hospitalId, RequestOptions options) {
    return calls.executeAsync(() -> getRequest(hospitalId), options, HOSPITAL);
  }

  private ApiRequest getRequest(String hospitalId) {
    return calls.request(HealthOperations.GET_HOSPITAL)
        .path("hospital_id", ServiceCalls.requireId(hospitalId, "hospital_id"))
        .build();
  }

  @Override
  public CompletableFuture<List<Department>> departmentsAsync(String hospitalId, RequestOptions options) {
    return calls.executeAsync(() -> departmentsRequest(hospitalId), options, DEPARTMENTS);
  }

  private ApiRequest departmentsRequest(String hospitalId) {
    return calls.request(HealthOperations.LIST_DEPARTMENTS)
        .path("hospital_id", ServiceCalls.requireId(hospitalId, "hospital_id"))
        .build();
  }

  @Override
  public CompletableFuture<List<Doctor>> doctorsAsync(String hospitalId, String departmentId, RequestOptions options) {
    return calls.executeAsync(() -> doctorsRequest(hospitalId, departmentId), options, DOCTORS);
  }

  private ApiRequest doctorsRequest(String hospitalId, String departmentId) {
    return calls.request(HealthOperations.LIST_DOCTORS)
        .path("hospital_id", ServiceCalls.requireId(hospitalId, "hospital_id"))
        .query("department_id", departmentId)
        .build();
  }
}
