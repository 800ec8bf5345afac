package io.cityservices.exitentry.internal;

import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.ToDo;
import io.cityservices.exitentry.Application;
import io.cityservices.exitentry.ApplicationQuery;
import io.cityservices.exitentry.ApplicationStatus;
import io.cityservices.exitentry.Appointment;
import io.cityservices.exitentry.AppointmentQuery;
import io.cityservices.exitentry.AppointmentStatus;
import io.cityservices.exitentry.DocumentStatus;
import io.cityservices.exitentry.ExitEntryClient;
import io.cityservices.exitentry.ExitEntrySection;
import io.cityservices.exitentry.TravelDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Exit-entry's part of the citizen overview: appointments to attend, applications in progress (a
 * to-do when one waits for the citizen: collect it or correct it) and documents to renew. Registered
 * through {@code META-INF/services}.
 */
public final class ExitEntryOverviewContributor implements OverviewContributor {
  private static final Set<ApplicationStatus> FINISHED = EnumSet.of(
      ApplicationStatus.COLLECTED, ApplicationStatus.MAILED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);

  @Override
  public String department() {
    return ExitEntrySection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<ExitEntrySection> sectionAsync(OverviewContext context) {
    ExitEntryClient exitEntry = ExitEntryClient.create(context.client(), context.city());
    LocalDate today = context.today();
    AppointmentQuery booked = AppointmentQuery.withStatus(AppointmentStatus.BOOKED);
    CompletableFuture<List<Appointment>> appointments = context
        .allPages(cursor -> exitEntry.appointments().listAsync(booked.withCursor(cursor), context.options()))
        .thenApply(all -> all.stream()
            .filter(a -> a.start() != null && !a.start().toLocalDate().isBefore(today))
            .sorted(Comparator.comparing(Appointment::start))
            .toList());
    CompletableFuture<List<Application>> applications = context
        .allPages(cursor -> exitEntry.applications().listAsync(ApplicationQuery.all().withCursor(cursor), context.options()))
        .thenApply(all -> all.stream().filter(a -> !FINISHED.contains(a.status())).toList());
    CompletableFuture<List<TravelDocument>> expiring = exitEntry.documents().listAsync(context.options())
        .thenApply(all -> all.stream()
            .filter(d -> d.status() == DocumentStatus.VALID && d.expiresOn() != null && d.expiresWithinSixMonths(today))
            .toList());
    return appointments.thenCombine(applications, Partial::new).thenCombine(expiring, (p, documents) ->
        new ExitEntrySection(context.city(), p.appointments(), p.applications(), documents,
            toDos(context, today, p.appointments(), p.applications(), documents)));
  }

  private record Partial(List<Appointment> appointments, List<Application> applications) {}

  /** Titles name the kind of document only: numbers and receipt numbers stay out of to-dos. */
  private static List<ToDo> toDos(OverviewContext context, LocalDate today, List<Appointment> appointments,
      List<Application> applications, List<TravelDocument> documents) {
    List<ToDo> toDos = new ArrayList<>();
    for (Appointment a : appointments) {
      toDos.add(ToDo.builder(ExitEntrySection.DEPARTMENT, context.city(), "Exit-entry appointment")
          .dueOn(a.start().toLocalDate(), today)
          .reference(a.id())
          .operation("exitEntry.appointments().reschedule(appointmentId, slotId, options) or cancel(...) if plans change")
          .build());
    }
    for (Application a : applications) {
      if (a.needsAction()) {
        toDos.add(ToDo.builder(ExitEntrySection.DEPARTMENT, context.city(),
                a.status() == ApplicationStatus.READY_FOR_PICKUP ? "Collect your document" : "Correct your application")
            .operation("exitEntry.applications().get(receiptNumber, options) for the details")
            .build());
      }
    }
    for (TravelDocument d : documents) {
      String kind = d.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      toDos.add(ToDo.builder(ExitEntrySection.DEPARTMENT, context.city(), "Renew your " + kind)
          .dueOn(d.expiresOn(), today)
          .operation("exitEntry.appointments().book(request, options) for a renewal")
          .build());
    }
    return toDos;
  }
}
