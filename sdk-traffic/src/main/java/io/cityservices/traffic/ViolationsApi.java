package io.cityservices.traffic;

import io.cityservices.core.Blocking;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import java.util.concurrent.CompletableFuture;

/**
 * Traffic violations of a vehicle or of the citizen's driving licence. Every call acts for a citizen:
 * pass {@link RequestOptions#forCitizen}; without one a {@code ValidationException} is thrown and
 * nothing is sent. All calls are reads: safe, idempotent and retried by the transport.
 *
 * <p>Errors: {@code ValidationException} for a bad query (nothing sent), {@code NotFoundException} for
 * an unknown violation or vehicle, {@code PermissionException} when the vehicle is not the citizen's,
 * {@code DepartmentUnavailableException} when the traffic police system is down.
 */
public interface ViolationsApi {

  /**
   * Lists violations of one vehicle ({@code GET /violations?plate=&plate_type=&engine_no_suffix=}) or,
   * with {@link ViolationQuery#ownVehicles()}, of every vehicle bound to the citizen: the page at
   * {@link ViolationQuery#cursor()}. A safe, idempotent read, retried by the transport.
   *
   * @param query one vehicle or the citizen's own vehicles, with statuses, page size and cursor
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return one page of violations
   * @throws io.cityservices.core.error.ValidationException bad plate, unknown plate type, bad
   *     engine-number suffix, a partial vehicle, an {@code UNKNOWN} state, a limit outside 1-100, or
   *     no citizen in the options; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException the platform knows no such vehicle
   * @throws io.cityservices.core.error.PermissionException the vehicle is not bound to the citizen
   * @throws io.cityservices.core.error.DepartmentUnavailableException the traffic police system is down
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   * @throws NullPointerException if {@code query} is null
   */
  default Page<Violation> list(ViolationQuery query, RequestOptions options) {
    return Blocking.await(listAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #list}: same request and guarantees; failures, the checks before
   * sending included, complete the future exceptionally instead of being thrown.
   *
   * @param query one vehicle or the citizen's own vehicles, with statuses, page size and cursor
   * @param options must name the citizen ({@link RequestOptions#forCitizen})
   * @return a future completing with one page of violations, or exceptionally with the exceptions
   *     of {@link #list}
   */
  CompletableFuture<Page<Violation>> listAsync(ViolationQuery query, RequestOptions options);

  /**
   * Every violation matching {@code query}, from the page at {@code query}'s cursor on (the first page
   * when it has none), fetching each page lazily with {@link #list}; each new iteration starts again at
   * that cursor. Nothing is sent until iteration starts, and the exceptions of {@link #list} are thrown
   * from {@code hasNext()}/{@code next()}. Safe to iterate again: every page is an idempotent read.
   *
   * @param query one vehicle or the citizen's own vehicles; its cursor is where iteration starts
   * @param options must name the citizen; used for every page
   * @return a lazy iterable over the violations of every page
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<Violation> listAll(ViolationQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> list(q, options));
  }

  /**
   * Lists the violations recorded against the citizen's own driving licence
   * ({@code GET /licence/violations?state=}): the page at {@link LicenceViolationQuery#cursor()}. A safe,
   * idempotent read, retried by the transport.
   *
   * @param query the status to filter by, page size and cursor
   * @param options must name the citizen whose licence it is
   * @return one page of violations
   * @throws io.cityservices.core.error.ValidationException an {@code UNKNOWN} state, a limit outside
   *     1-100, or no citizen in the options; nothing is sent
   * @throws io.cityservices.core.error.DepartmentUnavailableException the traffic police system is down
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   * @throws NullPointerException if {@code query} is null
   */
  default Page<Violation> listForLicence(LicenceViolationQuery query, RequestOptions options) {
    return Blocking.await(listForLicenceAsync(query, options));
  }

  /**
   * The asynchronous form of {@link #listForLicence}: same request and guarantees; failures, the
   * checks before sending included, complete the future exceptionally instead of being thrown.
   *
   * @param query the status to filter by, page size and cursor
   * @param options must name the citizen whose licence it is
   * @return a future completing with one page of violations, or exceptionally with the exceptions
   *     of {@link #listForLicence}
   */
  CompletableFuture<Page<Violation>> listForLicenceAsync(LicenceViolationQuery query, RequestOptions options);

  /**
   * Every violation of the citizen's licence matching {@code query}, from the page at {@code query}'s
   * cursor on (the first page when it has none), fetching each page lazily with
   * {@link #listForLicence}; each new iteration starts again at that cursor. Nothing is sent until
   * iteration starts, and the exceptions of {@link #listForLicence} are thrown from
   * {@code hasNext()}/{@code next()}. Safe to iterate again: every page is an idempotent read.
   *
   * @param query the status to filter by; its cursor is where iteration starts
   * @param options must name the citizen whose licence it is; used for every page
   * @return a lazy iterable over the violations of every page
   * @throws NullPointerException if {@code query} is null
   */
  default PagedIterable<Violation> listAllForLicence(LicenceViolationQuery query, RequestOptions options) {
    return PagedIterable.from(query, q -> listForLicence(q, options));
  }

  /**
   * One violation ({@code GET /violations/{violation_id}}). A safe, idempotent read, retried by the
   * transport.
   *
   * @param violationId the violation's id, from {@link Violation#id()}
   * @param options must name the citizen
   * @return the violation
   * @throws io.cityservices.core.error.ValidationException a blank {@code violationId} or no citizen in
   *     the options; nothing is sent
   * @throws io.cityservices.core.error.NotFoundException no such violation for this citizen
   * @throws io.cityservices.core.error.CityServicesException any other failure (authentication, rate
   *     limit, timeout, the platform unavailable), as its specific subclass
   */
  default Violation get(String violationId, RequestOptions options) {
    return Blocking.await(getAsync(violationId, options));
  }

  /**
   * The asynchronous form of {@link #get}: same request and guarantees; failures complete the future
   * exceptionally instead of being thrown.
   *
   * @param violationId the violation's id, from {@link Violation#id()}
   * @param options must name the citizen
   * @return a future completing with the violation, or exceptionally with the exceptions of {@link
   *     #get}
   */
  CompletableFuture<Violation> getAsync(String violationId, RequestOptions options);
}
