package io.cityservices.core.overview;

import io.cityservices.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK acting for one citizen across departments, made by {@link
 * io.cityservices.core.CityServices#citizen(io.cityservices.core.auth.CitizenToken)}. Thread-safe
 * and cheap to create; an interface so that apps can mock it.
 *
 * <pre>{@code
 * CitizenOverview overview = city.citizen(token).overview();
 * overview.section(TrafficSection.class).ifPresent(t -> show(t.unpaidViolations()));
 * for (ToDo toDo : overview.toDos()) { ... }   // earliest due first, every department
 * }</pre>
 */
public interface CitizenView {

  /** {@link #overview(OverviewQuery, RequestOptions)} for the default city with default options. */
  CitizenOverview overview();

  /**
   * The citizen's overview: one section per department module on the classpath ({@link
   * OverviewContributor}) and city of {@code query}, all fetched concurrently, so it takes about as
   * long as the slowest department, and never longer than the deadline. A department the city does
   * not offer (per the catalog) is {@link OverviewSection.NotOffered} and is not called; one that
   * fails or has not answered by the deadline is {@link OverviewSection.Unavailable} with its reason,
   * and the others still arrive. Read-only, so safe to repeat.
   *
   * @param query the cities
   * @param options the deadline for the whole overview ({@link RequestOptions#timeout()}, default
   *     the client's call timeout) and extra headers; its citizen is replaced by this view's
   * @throws io.cityservices.core.error.ValidationException when no city is given and the client has
   *     no default city (nothing is sent)
   * @throws io.cityservices.core.error.TransportException when the calling thread is interrupted
   */
  CitizenOverview overview(OverviewQuery query, RequestOptions options);

  /** {@link #overviewAsync(OverviewQuery, RequestOptions)} for the default city with default options. */
  CompletableFuture<CitizenOverview> overviewAsync();

  /**
   * {@link #overview(OverviewQuery, RequestOptions)} without blocking: the future completes by the
   * deadline, and only exceptionally with the {@link io.cityservices.core.error.ValidationException}
   * described there, never because of a department.
   */
  CompletableFuture<CitizenOverview> overviewAsync(OverviewQuery query, RequestOptions options);
}
