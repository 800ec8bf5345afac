package io.cityservices.core.internal.overview;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.core.internal.resilience.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a citizen's overview: the catalog first (cached by the transport, so usually free), then
 * every contributor for every city at once, each bounded by the overview's deadline and each
 * failure confined to its own section.
 */
public final class DefaultCitizenView implements CitizenView {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultCitizenView.class);

  /** How long the blocking form waits beyond the deadline for the future's own timers to fire. */
  private static final Duration TIMER_SLACK = Duration.ofSeconds(1);

  private final CityServices client;
  private final CitizenToken citizen;
  private final List<OverviewContributor> contributors;

  public DefaultCitizenView(CityServices client, CitizenToken citizen, List<OverviewContributor> contributors) {
    this.client = Objects.requireNonNull(client, "client");
    this.citizen = Objects.requireNonNull(citizen, "citizen");
    this.contributors = List.copyOf(contributors);
  }

  @Override
  public CitizenOverview overview() {
    return overview(OverviewQuery.defaultCity(), RequestOptions.none());
  }

  @Override
  public CitizenOverview overview(OverviewQuery query, RequestOptions options) {
    Duration wait = deadlineOf(options).plus(TIMER_SLACK);
    try {
      return overviewAsync(query, options).get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while waiting for the citizen overview", 0, "interrupted", null, null, e);
    } catch (ExecutionException e) {
      if (SectionFailures.unwrap(e) instanceof CityServicesException known) {
        throw known;
      }
      throw new IllegalStateException("the overview failed unexpectedly", e.getCause());
    } catch (TimeoutException e) {
      throw new ApiTimeoutException("The citizen overview did not complete within " + wait, 0, "timeout", null, null, e);
    }
  }

  @Override
  public CompletableFuture<CitizenOverview> overviewAsync() {
    return overviewAsync(OverviewQuery.defaultCity(), RequestOptions.none());
  }

  @Override
  public CompletableFuture<CitizenOverview> overviewAsync(OverviewQuery query, RequestOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    List<CityCode> cities = query.cities().isEmpty()
        ? client.defaultCity().map(List::of).orElse(List.of())
        : query.cities();
    if (cities.isEmpty()) {
      return CompletableFuture.failedFuture(
          ValidationException.of("cities", "no city given and the client has no default city"));
    }
    Deadline deadline = Deadline.after(deadlineOf(options));
    // Reads only: a caller's idempotency key has nothing to protect here.
    RequestOptions asCitizen = options.toBuilder().citizen(citizen).idempotencyKey(null).build();
    return bounded(client::catalogAsync, deadline)
        .handle((catalog, failure) -> {
          if (failure != null) {
            // Without the catalog every department is asked; the platform refuses what a city lacks.
            LOG.debug("Catalog unavailable for the overview ({}); asking every department", failure.toString());
            return null;
          }
          return catalog.cities().isEmpty() ? null : catalog;
        })
        .thenCompose(catalog -> sections(catalog, cities, asCitizen, deadline));
  }

  private CompletableFuture<CitizenOverview> sections(
      Catalog catalog, List<CityCode> cities, RequestOptions asCitizen, Deadline deadline) {
    List<CompletableFuture<OverviewSection>> parts = new ArrayList<>();
    for (CityCode city : cities) {
      OverviewContext context = new OverviewContext(client, city, asCitizen, deadline::remaining);
      for (OverviewContributor contributor : contributors) {
        if (catalog != null && !catalog.offers(city.value(), contributor.department())) {
          parts.add(CompletableFuture.completedFuture(new OverviewSection.NotOffered(contributor.department(), city)));
        } else if (deadline.isExpired()) {
          // The catalog took all the time: a call now could only fail, so none is sent.
          parts.add(CompletableFuture.completedFuture(new OverviewSection.Unavailable(
              contributor.department(), city, UnavailableReason.TIMEOUT, "timeout", null)));
        } else {
          parts.add(section(contributor, context, deadline));
        }
      }
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        // Every part is complete here and none fails (see section), so getNow never waits.
        .thenApply(done -> CitizenOverview.of(parts.stream().map(p -> p.getNow(null)).toList()));
  }

  private static CompletableFuture<OverviewSection> section(
      OverviewContributor contributor, OverviewContext context, Deadline deadline) {
    String department = contributor.department();
    return bounded(() -> contributor.sectionAsync(context), deadline)
        .handle((section, failure) -> {
          if (failure == null && section != null) {
            return section;
          }
          OverviewSection instead = SectionFailures.section(department, context.city(), failure);
          LOG.debug("Overview section {} in {} is {}", department, context.city().value(), instead);
          return instead;
        });
  }

  /**
   * Runs {@code call} so that its result is available by the deadline: a synchronous throw becomes
   * a failed future, and a late answer a {@link TimeoutException}. The timeout is set on a
   * dependent future, never on the callee's own, which the transport may share with other callers.
   */
  private static <T> CompletableFuture<T> bounded(
      Supplier<? extends CompletableFuture<? extends T>> call, Deadline deadline) {
    CompletableFuture<? extends T> started;
    try {
      started = Objects.requireNonNull(call.get(), "the call returned no future");
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    return started
        .<T>thenApply(value -> value)
        .orTimeout(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
  }

  private Duration deadlineOf(RequestOptions options) {
    return options.timeout() != null ? options.timeout() : client.configuration().callTimeout();
  }
}
