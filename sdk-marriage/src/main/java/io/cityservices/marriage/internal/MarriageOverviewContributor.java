package io.cityservices.marriage.internal;

import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.ToDo;
import io.cityservices.marriage.Booking;
import io.cityservices.marriage.BookingQuery;
import io.cityservices.marriage.BookingStatus;
import io.cityservices.marriage.MarriageClient;
import io.cityservices.marriage.MarriageSection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The marriage registry's part of the citizen overview: upcoming bookings, and one to-do per booking
 * awaiting the citizen's consent. To-do titles name neither the other party nor the office: marital
 * data is personal data. Registered through {@code META-INF/services}.
 */
public final class MarriageOverviewContributor implements OverviewContributor {

  /** Consent deadlines are instants; the to-do's day is the platform's. */
  private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

  @Override
  public String department() {
    return MarriageSection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<MarriageSection> sectionAsync(OverviewContext context) {
    MarriageClient marriage = MarriageClient.create(context.client(), context.city());
    LocalDate today = context.today();
    BookingQuery all = BookingQuery.all();
    return context
        .allPages(cursor -> marriage.bookings().listAsync(all.withCursor(cursor), context.options()))
        .thenApply(bookings -> {
          List<Booking> upcoming = bookings.stream()
              .filter(b -> isOpen(b.status()) && b.date() != null && !b.date().isBefore(today))
              .sorted(Comparator.comparing(Booking::date))
              .toList();
          List<Booking> awaitingConsent = upcoming.stream().filter(Booking::awaitsMyConsent).toList();
          return new MarriageSection(context.city(), upcoming, awaitingConsent,
              awaitingConsent.stream().map(b -> consentToDo(context, today, b)).toList());
        });
  }

  private static boolean isOpen(BookingStatus status) {
    return status != null && status != BookingStatus.UNKNOWN && !status.isFinal();
  }

  private static ToDo consentToDo(OverviewContext context, LocalDate today, Booking booking) {
    LocalDate due = booking.consentDueAt() == null
        ? booking.date()
        : booking.consentDueAt().atZoneSameInstant(PLATFORM_ZONE).toLocalDate();
    return ToDo.builder(MarriageSection.DEPARTMENT, context.city(), "Consent to or decline a registry booking")
        .dueOn(due, today)
        .reference(booking.id())
        .operation("marriage.bookings().consent(bookingId, options)")
        .build();
  }
}
