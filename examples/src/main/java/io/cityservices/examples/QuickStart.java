package io.cityservices.examples;

import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.overview.Settlement;
import io.cityservices.core.overview.ToDo;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.utilities.UtilitiesSection;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * The quick start: one citizen's overview across every department on the classpath ({@code
 * city.citizen(token).overview()}), then settling one fine and one bill from its to-do list ({@code
 * citizen.settle(toDos)}), then the overview again.
 * Runs against an in-process sandbox unless {@code CITY_SERVICES_BASE_URL} is set (see {@link
 * ExampleEnvironment}).
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    ExampleEnvironment.run("City Services SDK quick start", QuickStart::run);
  }

  /** The quick start against {@code env}, printing to {@code out}. */
  public static void run(ExampleEnvironment env, PrintStream out) {
    CitizenView citizen = env.client().citizen(env.citizen());

    CitizenOverview before = citizen.overview();
    out.println();
    OverviewPrinter.print(before, out);

    // Pay the first fine and the first bill on the to-do list in one call: each payment has its own
    // idempotency key derived from the to-do, so running this again never charges twice.
    List<ToDo> chosen = Stream.of(TrafficSection.DEPARTMENT, UtilitiesSection.DEPARTMENT)
        .flatMap(department -> before.toDos().stream()
            .filter(toDo -> toDo.department().equals(department) && toDo.payable())
            .limit(1))
        .toList();
    out.println();
    if (!chosen.isEmpty()) {
      for (Settlement outcome : citizen.settle(chosen).results()) {
        out.printf("%s: %s%n", outcome.toDo().title(), describe(outcome));
      }
    }

    CitizenOverview after = citizen.overview();
    out.println();
    out.printf("Owed before: %s, owed now: %s%n",
        before.totalOwed().toDisplayString(), after.totalOwed().toDisplayString());
  }

  private static String describe(Settlement outcome) {
    if (outcome instanceof Settlement.Paid paid) {
      return "paid " + paid.receipt().amount().toDisplayString() + ", payment " + paid.receipt().paymentId();
    }
    if (outcome instanceof Settlement.Failed failed) {
      return "refused (" + failed.error().code() + "), nothing charged";
    }
    return "outcome unknown, settle it again: it will not be charged twice";
  }
}
