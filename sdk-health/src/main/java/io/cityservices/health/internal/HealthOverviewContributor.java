package io.cityservices.health.internal;

import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.ToDo;
import io.cityservices.health.Appointment;
import io.cityservices.health.AppointmentQuery;
import io.cityservices.health.AppointmentStatus;
import io.cityservices.health.HealthClient;
import io.cityservices.health.HealthSection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Health's part of the citizen overview: booked appointments from today on, one to-do each.
 * Registered through {@code META-INF/services}.
 */
public final class HealthOverviewContributor implements OverviewContributor {

  @Override
  public String department() {
    return HealthSection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<HealthSection> sectionAsync(OverviewContext context) {
    HealthClient health = HealthClient.create(context.client(), context.city());
    LocalDate today = context.today();
    AppointmentQuery booked = AppointmentQuery.withStatus(AppointmentStatus.BOOKED);
    return context
        .allPages(cursor -> health.appointments().listAsync(booked.withCursor(cursor), context.options()))
        .thenApply(all -> {
          List<Appointment> upcoming = all.stream()
              .filter(a -> a.start() != null && !a.start().toLocalDate().isBefore(today))
              .sorted(Comparator.comparing(Appointment::start))
              .toList();
          return new HealthSection(context.city(), upcoming, upcoming.stream().map(a -> toDo(context, today, a)).toList());
        });
  }

  /** The title says no more than "an appointment": which hospital or clinic is health data. */
  private static ToDo toDo(OverviewContext context, LocalDate today, Appointment appointment) {
    return ToDo.builder(HealthSection.DEPARTMENT, context.city(), "Hospital appointment")
        .dueOn(appointment.start().toLocalDate(), today)
        .reference(appointment.id())
        .operation("health.appointments().cancel(appointmentId, options) if plans change")
        .build();
  }
}
