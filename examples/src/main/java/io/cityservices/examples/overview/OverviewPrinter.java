package io.cityservices.examples.overview;

import java.io.PrintStream;

/** Prints an {@link Overview} for a terminal. */
public final class OverviewPrinter {

  private OverviewPrinter() {}

  public static void print(Overview overview, PrintStream out) {
    out.printf("Citizen overview for city %s (fetched in %d ms, %s)%n",
        overview.city().value(), overview.elapsed().toMillis(),
        overview.complete() ? "every department answered" : "some departments did not answer");
    line(out, "Unpaid fines", overview.unpaidViolations(), v -> v.size() + " to pay");
    line(out, "Driving licence", overview.licence(), l -> l.points() + " of 12 points, valid until " + l.validUntil());
    line(out, "Inspections due", overview.inspectionsDue(), v -> v.size() + " vehicle(s)");
    line(out, "Outstanding bills", overview.outstandingBills(), b -> b.size() + " to pay");
    line(out, "Appointments", overview.upcomingAppointments(), a -> a.size() + " booked");
    out.println("  Total owed:          " + overview.totalOwed().toDisplayString());
    out.println("  To do:");
    for (ToDo toDo : overview.toDos()) {
      out.println("   - " + toDo.what());
      out.println("       -> " + toDo.operation());
    }
  }

  private static <T> void line(PrintStream out, String label, Section<T> section, java.util.function.Function<T, String> summary) {
    String text = section instanceof Section.Unavailable<T> u
        ? "UNAVAILABLE: " + u.department() + " - " + u.reason()
        : summary.apply(section.value().orElseThrow());
    out.printf("  %-20s %s%n", label + ":", text);
  }
}
