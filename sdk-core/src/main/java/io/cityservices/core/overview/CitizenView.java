package io.cityservices.core.overview;

import io.cityservices.core.RequestOptions;
import java.util.List;
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

  /**
   * {@link #overview(OverviewQuery, RequestOptions)} for the default city with default options.
   *
   * @return the overview of the default city
   */
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
   * @return a section per department and city, and every section's to-dos sorted by due date
   * @throws io.cityservices.core.error.ValidationException when no city is given and the client has
   *     no default city (nothing is sent)
   * @throws io.cityservices.core.error.TransportException when the calling thread is interrupted
   */
  CitizenOverview overview(OverviewQuery query, RequestOptions options);

  /**
   * {@link #overviewAsync(OverviewQuery, RequestOptions)} for the default city with default
   * options.
   *
   * @return a future of the overview of the default city
   */
  CompletableFuture<CitizenOverview> overviewAsync();

  /**
   * {@link #overview(OverviewQuery, RequestOptions)} without blocking: the future completes by the
   * deadline, and only exceptionally with the {@link io.cityservices.core.error.ValidationException}
   * described there, never because of a department.
   *
   * @param query the cities
   * @param options the deadline and extra headers; its citizen is replaced by this view's
   * @return a future of the overview
   */
  CompletableFuture<CitizenOverview> overviewAsync(OverviewQuery query, RequestOptions options);

  /**
   * {@link #settle(List, RequestOptions)} with default options.
   *
   * @param toDos the to-dos to pay, each {@link ToDo#payable()}
   * @return one settlement per to-do, in the order given
   */
  Settlements settle(List<ToDo> toDos);

  /**
   * Pays the chosen to-dos, each through its department module, all at once, each with its own
   * {@code Idempotency-Key} derived from the to-do (department, city, reference, amount) and from
   * the options' idempotency key, if any. Settling a to-do again — after a failure, a crash or a
   * double click, in this process or another — sends the same key, so the platform replays the
   * payment it took instead of charging twice.
   *
   * <p>A payment the channel declined ({@link io.cityservices.core.error.PaymentDeclinedException})
   * is an answer the platform keeps for its key: to try that to-do again, for instance after the
   * citizen changed payment method, settle it with a new idempotency key in the options (say, one
   * per attempt the citizen confirms), which derives new keys for every to-do.
   *
   * <p>One outcome per to-do, never an exception because of one of them: {@link Settlement.Paid},
   * {@link Settlement.Failed} (refused, nothing charged) or {@link Settlement.Unknown} (may have been
   * charged: settle it again to find out). Not retried beyond what the transport retries within the
   * deadline.
   *
   * @param toDos the to-dos to pay, from {@link CitizenOverview#toDos()}, each {@link ToDo#payable()}
   * @param options the deadline for all the payments ({@link RequestOptions#timeout()}, default the
   *     client's call timeout), extra headers and, optionally, an idempotency key from which each
   *     to-do's key is derived; its citizen is replaced by this view's
   * @return one settlement per to-do, in the order given
   * @throws io.cityservices.core.error.ValidationException nothing sent, when {@code toDos} is empty,
   *     holds the same to-do twice or one that is not payable or whose department module is not on
   *     the classpath; every such to-do is named
   * @throws io.cityservices.core.error.TransportException when the calling thread is interrupted
   */
  Settlements settle(List<ToDo> toDos, RequestOptions options);

  /**
   * {@link #settleAsync(List, RequestOptions)} with default options.
   *
   * @param toDos the to-dos to pay, each {@link ToDo#payable()}
   * @return a future of one settlement per to-do, in the order given
   */
  CompletableFuture<Settlements> settleAsync(List<ToDo> toDos);

  /**
   * {@link #settle(List, RequestOptions)} without blocking: the future completes by the deadline,
   * and only exceptionally with the {@link io.cityservices.core.error.ValidationException} described
   * there.
   *
   * @param toDos the to-dos to pay, each {@link ToDo#payable()}
   * @param options the deadline, extra headers and optional idempotency key; its citizen is
   *     replaced by this view's
   * @return a future of one settlement per to-do, in the order given
   */
  CompletableFuture<Settlements> settleAsync(List<ToDo> toDos, RequestOptions options);
}
