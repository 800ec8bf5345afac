package io.cityservices.examples.overview;

import io.cityservices.traffic.VehicleQuery;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.health.Appointment;
import io.cityservices.health.AppointmentQuery;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.HealthClient;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.UtilitiesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The citizen overview: fetches, in parallel through the asynchronous API, unpaid violations,
 * licence points, inspections due, outstanding bills and upcoming appointments, and combines them
 * into one {@link Overview} with the total owed and a to-do list. Its latency is that of the
 * slowest department, not their sum; a department that fails leaves its section unavailable (with
 * the reason) and the rest of the overview intact.
 *
 * <p>It lives in {@code examples} as a reusable class rather than in a module: it composes three
 * service modules, and SDK modules depend on {@code sdk-core} only. Copy it into your app and
 * shape it to your screens. Thread-safe; one instance serves many citizens.
 */
public final class CitizenOverview {

  /** How far ahead an annual inspection counts as due. */
  public static final Period INSPECTION_LOOK_AHEAD = Period.ofDays(60);

  private static final Currency CNY = Currency.getInstance("CNY");

  private final TrafficClient traffic;
  private final UtilitiesClient utilities;
  private final HealthClient health;
  private final Clock clock;

  /** An overview of {@code city} through {@code services}. */
  public CitizenOverview(CityServices services, CityCode city, Clock clock) {
    this.traffic = TrafficClient.create(services, city);
    this.utilities = UtilitiesClient.create(services, city);
    this.health = HealthClient.create(services, city);
    this.clock = clock;
  }

  /** The overview, blocking until every department has answered or failed. */
  public Overview fetch(CitizenToken citizen) {
    return fetchAsync(citizen).join();
  }

  /**
   * The overview, without blocking. The future never completes exceptionally because of one
   * department: failures become {@link Section.Unavailable} sections.
   */
  public CompletableFuture<Overview> fetchAsync(CitizenToken citizen) {
    long start = System.nanoTime();
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);
    LocalDate today = LocalDate.now(clock);

    CompletableFuture<Section<List<Violation>>> violations =
        section("traffic", () -> traffic.violations().listAsync(ViolationQuery.ownVehicles().limit(100).build(), asCitizen),
            page -> page.data().stream().filter(Violation::isPayable).toList());
    CompletableFuture<Section<DrivingLicence>> licence =
        section("traffic", () -> traffic.licence().getAsync(asCitizen), Function.identity());
    CompletableFuture<Section<List<Vehicle>>> inspections =
        section("traffic", () -> traffic.vehicles().listAsync(VehicleQuery.all(), asCitizen),
            page -> page.data().stream()
                .filter(v -> v.inspectionValidUntil() != null
                    && v.inspectionValidUntil().isBefore(today.plus(INSPECTION_LOOK_AHEAD)))
                .toList());
    CompletableFuture<Section<List<Bill>>> bills =
        section("utilities", () -> utilities.bills().listAsync(BillQuery.outstanding(), asCitizen), Page::data);
    CompletableFuture<Section<List<Appointment>>> appointments =
        section("health", () -> health.appointments().listAsync(AppointmentQuery.withStatus(AppointmentStatus.BOOKED), asCitizen),
            Page::data);

    return CompletableFuture.allOf(violations, licence, inspections, bills, appointments)
        .thenApply(done -> assemble(violations.join(), licence.join(), inspections.join(), bills.join(),
            appointments.join(), Duration.ofNanos(System.nanoTime() - start)));
  }

  private Overview assemble(
      Section<List<Violation>> violations,
      Section<DrivingLicence> licence,
      Section<List<Vehicle>> inspections,
      Section<List<Bill>> bills,
      Section<List<Appointment>> appointments,
      Duration elapsed) {
    Money owed = Money.zero(CNY);
    List<ToDo> toDos = new ArrayList<>();
    for (Violation v : violations.value().orElse(List.of())) {
      owed = owed.plus(v.amountDue());
      toDos.add(new ToDo(
          "Pay the " + v.state().name().toLowerCase() + " fine for " + v.plate() + " (" + v.description() + "): "
              + v.amountDue().toDisplayString(),
          "traffic.fines().pay(violation, options)"));
    }
    licence.value().filter(l -> l.points() >= 9).ifPresent(l -> toDos.add(new ToDo(
        "Driving licence has " + l.points() + " of 12 points this cycle (ends " + l.cycleEndsOn() + ")",
        "traffic.violations().listForLicence(query, options)")));
    for (Vehicle v : inspections.value().orElse(List.of())) {
      toDos.add(new ToDo(
          "Book the annual inspection of " + v.plate() + " (valid until " + v.inspectionValidUntil() + ")",
          "traffic.inspections().book(request, options)"));
    }
    for (Bill b : bills.value().orElse(List.of())) {
      owed = owed.plus(b.amountDue());
      toDos.add(new ToDo(
          "Pay the " + b.type().name().toLowerCase() + " bill for " + b.period() + " (" + b.status() + "): "
              + b.amountDue().toDisplayString(),
          "utilities.payments().pay(PayBillsRequest.of(bills), options)"));
    }
    for (Appointment a : appointments.value().orElse(List.of())) {
      toDos.add(new ToDo(
          "Hospital appointment at " + a.start() + " (fee " + a.fee().toDisplayString() + ")",
          "health.appointments().cancel(id, options) if plans change"));
    }
    return new Overview(traffic.city(), violations, licence, inspections, bills, appointments, owed, toDos, elapsed);
  }

  /** Runs one department's call, turning any failure (even a synchronous one) into a section. */
  private static <R, T> CompletableFuture<Section<T>> section(
      String department, java.util.function.Supplier<CompletableFuture<R>> call, Function<R, T> shape) {
    CompletableFuture<R> future;
    try {
      future = call.get();
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e);
    }
    return future.handle((value, failure) -> failure == null
        ? new Section.Available<>(shape.apply(value))
        : unavailable(department, failure));
  }

  private static <T> Section<T> unavailable(String department, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof CityServicesException e) {
      return new Section.Unavailable<>(department, e.code(), e.getClass().getSimpleName() + " (" + e.code() + ")");
    }
    return new Section.Unavailable<>(department, "unexpected", cause.getClass().getSimpleName());
  }
}
