package io.cityservices.core.internal.overview;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.OverviewQuery;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.Settlements;
import io.cityservices.core.overview.ToDo;
import io.cityservices.core.overview.UnavailableReason;
import io.cityservices.core.resilience.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a citizen's overview: the catalog first (cached by the transport, so usually free), then
 * every contributor for every city at once, each bounded by the overview's deadline and each
 * failure confined to its own section.
 */
public final class DefaultCitizenView implements CitizenView {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultCitizenView.class);

  private final CityServices client;
  private final CitizenToken citizen;
  private final List<OverviewContributor> contributors;
  private final ToDoSettler settler;

  public DefaultCitizenView(CityServices client, CitizenToken citizen, List<OverviewContributor> contributors) {
    this.client = Objects.requireNonNull(client, "client");
    this.citizen = Objects.requireNonNull(citizen, "citizen");
    this.contributors = List.copyOf(contributors);
    this.settler = new ToDoSettler(client, this.contributors);
  }

  @Override
  public CitizenOverview overview() {
    return overview(OverviewQuery.defaultCity(), RequestOptions.none());
  }

  @Override
  public CitizenOverview overview(OverviewQuery query, RequestOptions options) {
    return Waits.await(overviewAsync(query, options), deadlineOf(options), "the citizen overview");
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
    return Waits.bounded(client::catalogAsync, deadline)
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
      OverviewContext context = new OverviewContext(client, city, asCitizen, deadline);
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
    return Waits.bounded(() -> contributor.sectionAsync(context), deadline)
        .handle((section, failure) -> {
          if (failure == null && section != null) {
            return section;
          }
          OverviewSection instead = SectionFailures.section(department, context.city(), failure);
          LOG.debug("Overview section {} in {} is {}", department, context.city().value(), instead);
          return instead;
        });
  }

  @Override
  public Settlements settle(List<ToDo> toDos) {
    return settle(toDos, RequestOptions.none());
  }

  @Override
  public Settlements settle(List<ToDo> toDos, RequestOptions options) {
    return Waits.await(settleAsync(toDos, options), deadlineOf(options), "settling the to-dos");
  }

  @Override
  public CompletableFuture<Settlements> settleAsync(List<ToDo> toDos) {
    return settleAsync(toDos, RequestOptions.none());
  }

  @Override
  public CompletableFuture<Settlements> settleAsync(List<ToDo> toDos, RequestOptions options) {
    Objects.requireNonNull(toDos, "toDos");
    Objects.requireNonNull(options, "options");
    List<ToDo> chosen = new ArrayList<>(toDos);
    List<FieldViolation> violations = settler.violations(chosen, options);
    if (!violations.isEmpty()) {
      return CompletableFuture.failedFuture(ValidationException.clientSide(violations));
    }
    return settler.settleAsync(chosen, options.toBuilder().citizen(citizen).build(), Deadline.after(deadlineOf(options)));
  }

  private Duration deadlineOf(RequestOptions options) {
    return options.timeout() != null ? options.timeout() : client.configuration().callTimeout();
  }
}
