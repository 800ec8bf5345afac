package io.cityservices.health;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A city's hospitals, departments and doctors. Public reference data: the app's token is enough (no
 * citizen), responses are cached per HTTP caching and identical concurrent reads are coalesced. Every
 * operation is a read: safe to retry, and the SDK retries it on transient failures.
 *
 * <p>Besides the cases each method lists, any call may throw {@link
 * io.cityservices.core.error.DepartmentUnavailableException} while the city's health department is
 * down, and the other {@link io.cityservices.core.error.CityServicesException}s (authentication,
 * rate limiting, timeouts, transport). The asynchronous forms throw nothing: every failure,
 * including invalid input, completes their future exceptionally with the same exception.
 */
public interface HospitalsApi {

  /**
   * {@code GET /hospitals}: one page of the hospitals matching {@code query}, starting at its
   * {@link HospitalQuery#cursor() cursor}. A read: safe, retried.
   *
   * @param query the search criteria and page to fetch; its cursor, when set, is where listing
   *     starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return one page of hospitals and the cursor of the next, if any
   * @throws io.cityservices.core.error.ValidationException naming the field when the query breaks a
   *     rule (a name or department longer than 64 characters, a district that is not six digits, a
   *     limit outside 1 to 100); nothing is sent
   * @throws NullPointerException when {@code query} is null
   */
  default Page<Hospital> list(HospitalQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}; its future fails with the same exceptions.
   *
   * @param query the search criteria and page to fetch; its cursor, when set, is where listing
   *     starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #list} returns
   */
  CompletableFuture<Page<Hospital>> listAsync(HospitalQuery query, RequestOptions options);

  /**
   * Every hospital matching {@code query}, starting at its {@link HospitalQuery#cursor() cursor} (the
   * first page when it has none) and fetching the following pages lazily as the iteration goes. Each
   * page is a {@link #list} call, so iterating throws what {@link #list} throws; nothing is sent
   * before iteration starts. Reads: safe to iterate again.
   *
   * @param query the search criteria and page to fetch; its cursor, when set, is where listing
   *     starts
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a lazy iterable over every match; each iterator starts afresh
   * @throws NullPointerException when {@code query} is null
   */
  default PagedIterable<Hospital> listAll(HospitalQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * {@code GET /hospitals/{hospital_id}}: one hospital. A read: safe, retried.
   *
   * @param hospitalId the platform's id of the hospital
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the hospital
   * @throws io.cityservices.core.error.ValidationException naming {@code hospital_id} when it is null
   *     or blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such hospital
   */
  default Hospital get(String hospitalId, RequestOptions options) {
    return Blocking.await(getAsync(hospitalId, options));
  }

  /**
   * The asynchronous form of {@link #get}; its future fails with the same exceptions.
   *
   * @param hospitalId the platform's id of the hospital
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #get} returns
   */
  CompletableFuture<Hospital> getAsync(String hospitalId, RequestOptions options);

  /**
   * {@code GET /hospitals/{hospital_id}/departments}: every department of the hospital, parents
   * before children. A read: safe, retried.
   *
   * @param hospitalId the platform's id of the hospital
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the hospital's departments, parents before their children
   * @throws io.cityservices.core.error.ValidationException naming {@code hospital_id} when it is null
   *     or blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such hospital
   */
  default List<Department> departments(String hospitalId, RequestOptions options) {
    return Blocking.await(departmentsAsync(hospitalId, options));
  }

  /**
   * The asynchronous form of {@link #departments}; its future fails with the same exceptions.
   *
   * @param hospitalId the platform's id of the hospital
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #departments} returns
   */
  CompletableFuture<List<Department>> departmentsAsync(String hospitalId, RequestOptions options);

  /**
   * {@code GET /hospitals/{hospital_id}/doctors?department_id=}: the hospital's doctors. A read:
   * safe, retried.
   *
   * @param departmentId only this department's doctors, or null for all
   * @param hospitalId the platform's id of the hospital
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return the doctors, possibly empty
   * @throws io.cityservices.core.error.ValidationException naming {@code hospital_id} when it is null
   *     or blank; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException when the city has no such hospital, or the
   *     hospital no such department
   */
  default List<Doctor> doctors(String hospitalId, String departmentId, RequestOptions options) {
    return Blocking.await(doctorsAsync(hospitalId, departmentId, options));
  }

  /**
   * The asynchronous form of {@link #doctors}; its future fails with the same exceptions.
   *
   * @param hospitalId the platform's id of the hospital
   * @param departmentId the platform's id of a department of that hospital, or null for the doctors
   *     of every department
   * @param options the citizen acted for ({@link io.cityservices.core.RequestOptions#forCitizen}),
   *     where the call needs one, and per-call settings such as an idempotency key or a timeout
   * @return a future of what {@link #doctors} returns
   */
  CompletableFuture<List<Doctor>> doctorsAsync(String hospitalId, String departmentId, RequestOptions options);
}
