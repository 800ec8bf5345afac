package io.cityservices.examples;

import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.ToDo;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Prints a {@link CitizenOverview} for a terminal through the generic view of its sections only, so
 * it renders departments it has never heard of, as an app's overview screen would.
 */
public final class OverviewPrinter {

  private OverviewPrinter() {}

  public static void print(CitizenOverview overview, PrintStream out) {
    out.printf("Citizen overview (%s)%n",
        overview.complete() ? "every department answered" : "some departments did not answer");
    for (OverviewSection section : overview.sections()) {
      out.printf("  %s %-22s %s%n", section.city().value(), section.title() + ":", summary(section));
    }
    out.println("  Total owed: " + overview.totalOwed().toDisplayString());
    out.println("  To do:");
    for (ToDo toDo : overview.toDos()) {
      out.printf("   - %s%s%s%s%n",
          toDo.dueOn() == null ? "" : "by " + toDo.dueOn() + " ",
          toDo.overdue() ? "(OVERDUE) " : "",
          toDo.title(),
          toDo.amount() == null ? "" : ": " + toDo.amount().toDisplayString());
      if (toDo.operation() != null) {
        out.println("       -> " + toDo.operation());
      }
    }
  }

  private static String summary(OverviewSection section) {
    if (section instanceof OverviewSection.Unavailable u) {
      return "UNAVAILABLE (" + u.reason() + (u.code() == null ? "" : ", " + u.code()) + ")";
    }
    if (section instanceof OverviewSection.NotOffered) {
      return "not offered here";
    }
    String counts = section.counts().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
    return counts + section.amountOwed().map(m -> "; owes " + m.toDisplayString()).orElse("");
  }
}
