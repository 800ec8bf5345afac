package io.cityservices.traffic.internal;

import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.error.PaymentDeclinedException;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.PaymentReceipt;
import io.cityservices.core.overview.ToDo;
import io.cityservices.traffic.DrivingLicence;
import io.cityservices.traffic.FinePaymentStatus;
import io.cityservices.traffic.PayFineRequest;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.traffic.Vehicle;
import io.cityservices.traffic.VehicleQuery;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import io.cityservices.traffic.ViolationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Traffic's part of the citizen overview: unpaid fines, licence points and validity, inspections
 * falling due; the three reads run concurrently. Registered through {@code META-INF/services}.
 */
public final class TrafficOverviewContributor implements OverviewContributor {

  /** From this many of the 12 points, the citizen is warned: a few more and the licence is suspended. */
  static final int POINTS_WARNING = 9;

  @Override
  public String department() {
    return TrafficSection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<TrafficSection> sectionAsync(OverviewContext context) {
    TrafficClient traffic = TrafficClient.create(context.client(), context.city());
    LocalDate today = context.today();
    LocalDate horizon = today.plusDays(TrafficSection.INSPECTION_LOOK_AHEAD_DAYS);
    ViolationQuery own = ViolationQuery.ownVehicles().build();

    CompletableFuture<List<Violation>> unpaid = context
        .allPages(cursor -> traffic.violations().listAsync(own.withCursor(cursor), context.options()))
        .thenApply(all -> all.stream().filter(Violation::isPayable).toList());
    CompletableFuture<DrivingLicence> licence = traffic.licence().getAsync(context.options())
        .exceptionallyCompose(failure -> hasNoLicence(failure)
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.failedFuture(failure));
    CompletableFuture<List<Vehicle>> inspectionsDue = context
        .allPages(cursor -> traffic.vehicles().listAsync(VehicleQuery.all().withCursor(cursor), context.options()))
        .thenApply(all -> all.stream()
            .filter(v -> v.inspectionValidUntil() != null && v.inspectionValidUntil().isBefore(horizon))
            .toList());

    return unpaid.thenCombine(licence, Partial::new)
        .thenCombine(inspectionsDue, (p, vehicles) -> new TrafficSection(
            context.city(), p.unpaid(), p.licence(), vehicles,
            toDos(context, today, horizon, p.unpaid(), p.licence(), vehicles)));
  }

  /** Pays an unpaid fine's to-do: exactly the amount the citizen was shown, or nothing. */
  @Override
  public CompletableFuture<PaymentReceipt> settleAsync(ToDo toDo, OverviewContext context) {
    // settle hands over payable to-dos only, which have a reference and an amount (ToDo checks it).
    PayFineRequest request = new PayFineRequest(Objects.requireNonNull(toDo.reference()), Objects.requireNonNull(toDo.amount()));
    return TrafficClient.create(context.client(), context.city()).fines()
        .payAsync(request, context.options())
        .thenApply(payment -> {
          if (payment.status() == FinePaymentStatus.FAILED) {
            throw new PaymentDeclinedException("The fine payment was declined", "payment_declined", payment.id());
          }
          return new PaymentReceipt(payment.id(), payment.amount());
        });
  }

  private static List<ToDo> toDos(
      OverviewContext context, LocalDate today, LocalDate horizon,
      List<Violation> unpaid, DrivingLicence licence, List<Vehicle> inspectionsDue) {
    List<ToDo> toDos = new ArrayList<>();
    for (Violation v : unpaid) {
      toDos.add(toDo(context, "Pay the fine for " + v.plate() + ": " + v.description())
          .amount(v.amountDue())
          .dueOn(v.paymentDeadline(), today)
          .overdue(v.status() == ViolationStatus.OVERDUE)
          .reference(v.id())
          .operation("traffic.fines().pay(violation, options)")
          .payable()
          .build());
    }
    if (licence != null && licence.points() >= POINTS_WARNING) {
      toDos.add(toDo(context, "Driving licence has " + licence.points() + " of 12 points this cycle")
          .dueOn(licence.cycleEndsOn(), today)
          .operation("traffic.violations().listForLicence(query, options)")
          .build());
    }
    if (licence != null && licence.validUntil() != null && licence.validUntil().isBefore(horizon)) {
      toDos.add(toDo(context, "Renew the driving licence")
          .dueOn(licence.validUntil(), today)
          .build());
    }
    for (Vehicle v : inspectionsDue) {
      toDos.add(toDo(context, "Book the annual inspection of " + v.plate())
          .dueOn(v.inspectionValidUntil(), today)
          .operation("traffic.inspections().book(request, options)")
          .build());
    }
    return toDos;
  }

  private static ToDo.Builder toDo(OverviewContext context, String title) {
    return ToDo.builder(TrafficSection.DEPARTMENT, context.city(), title);
  }

  private static boolean hasNoLicence(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof NotFoundException && !(cause instanceof ServiceNotOfferedException);
  }

  private record Partial(List<Violation> unpaid, DrivingLicence licence) {}
}
