package io.cityservices.traffic;

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
   * with {@link ViolationQuery#ownVehicles()}, of every vehicle bound to the citizen.
   *
   * @throws io.cityservices.core.error.ValidationException bad plate, unknown plate type, bad
   *     engine-number suffix, a partial vehicle or a bad limit; nothing is sent
   */
  Page<Violation> list(ViolationQuery query, RequestOptions options);

  /** The asynchronous form of {@link #list}; failures complete the future exceptionally. */
  CompletableFuture<Page<Violation>> listAsync(ViolationQuery query, RequestOptions options);

  /** Every violation matching {@code query}, from the first page on, fetching pages lazily. */
  PagedIterable<Violation> listAll(ViolationQuery query, RequestOptions options);

  /** Lists the violations recorded against the citizen's own driving licence ({@code GET /licence/violations}). */
  Page<Violation> listForLicence(LicenceViolationQuery query, RequestOptions options);

  /** The asynchronous form of {@link #listForLicence}. */
  CompletableFuture<Page<Violation>> listForLicenceAsync(LicenceViolationQuery query, RequestOptions options);

  /** Every violation of the citizen's licence matching {@code query}, from the first page on. */
  PagedIterable<Violation> listAllForLicence(LicenceViolationQuery query, RequestOptions options);

  /**
   * One violation ({@code GET /violations/{violation_id}}).
   *
   * @throws io.cityservices.core.error.NotFoundException no such violation for this citizen
   */
  Violation get(String violationId, RequestOptions options);

  /** The asynchronous form of {@link #get}. */
  CompletableFuture<Violation> getAsync(String violationId, RequestOptions options);
}
