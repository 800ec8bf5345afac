package io.cityservices.health;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A city's hospitals, departments and doctors. Public reference data: the app's token is enough (no
 * citizen), responses are cached per HTTP caching and identical concurrent reads are coalesced. Every
 * operation is a read, hence safe and retried. Errors: {@link io.cityservices.core.error.ValidationException}
 * for bad input (nothing sent), {@link io.cityservices.core.error.NotFoundException} for an unknown
 * hospital, {@link io.cityservices.core.error.DepartmentUnavailableException} while the city's health
 * department is down, and the other {@link io.cityservices.core.error.CityServicesException}s.
 */
public interface HospitalsApi {

  /** {@code GET /hospitals}: one page of the hospitals matching {@code search}. */
  Page<Hospital> search(HospitalSearch search, RequestOptions options);

  /** The asynchronous form of {@link #search}. */
  CompletableFuture<Page<Hospital>> searchAsync(HospitalSearch search, RequestOptions options);

  /** Every hospital matching {@code search}, fetching pages lazily as the iteration goes. */
  PagedIterable<Hospital> searchAll(HospitalSearch search, RequestOptions options);

  /** {@code GET /hospitals/{hospital_id}}: one hospital. */
  Hospital get(String hospitalId, RequestOptions options);

  /** The asynchronous form of {@link #get}. */
  CompletableFuture<Hospital> getAsync(String hospitalId, RequestOptions options);

  /** {@code GET /hospitals/{hospital_id}/departments}: every department, parents before children. */
  List<Department> departments(String hospitalId, RequestOptions options);

  /** The asynchronous form of {@link #departments}. */
  CompletableFuture<List<Department>> departmentsAsync(String hospitalId, RequestOptions options);

  /**
   * {@code GET /hospitals/{hospital_id}/doctors?department_id=}: the hospital's doctors.
   *
   * @param departmentId only this department's doctors, or null for all
   */
  List<Doctor> doctors(String hospitalId, String departmentId, RequestOptions options);

  /** The asynchronous form of {@link #doctors}. */
  CompletableFuture<List<Doctor>> doctorsAsync(String hospitalId, String departmentId, RequestOptions options);
}
