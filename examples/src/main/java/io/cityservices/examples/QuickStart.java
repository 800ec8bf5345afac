package io.cityservices.examples;

import io.cityservices.core.RequestOptions;
import io.cityservices.examples.overview.CitizenOverview;
import io.cityservices.examples.overview.Overview;
import io.cityservices.examples.overview.OverviewPrinter;
import io.cityservices.traffic.FinePayment;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.Violation;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.UtilitiesClient;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * The quick start: one citizen's overview across traffic, utilities and health, then paying one
 * fine and one bill, then the overview again. Runs against an in-process sandbox unless {@code
 * CITY_SERVICES_BASE_URL} is set (see {@link ExampleEnvironment}).
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    ExampleEnvironment.run("City Services SDK quick start", QuickStart::run);
  }

  /** The quick start against {@code env}, printing to {@code out}. */
  public static void run(ExampleEnvironment env, PrintStream out) {
    RequestOptions asCitizen = RequestOptions.forCitizen(env.citizen());
    CitizenOverview overviews = new CitizenOverview(env.client(), env.city(), Clock.systemDefaultZone());

    Overview before = overviews.fetch(env.citizen());
    out.println();
    OverviewPrinter.print(before, out);

    out.println();
    List<Violation> fines = before.unpaidViolations().value().orElse(List.of());
    if (!fines.isEmpty()) {
      Violation fine = fines.get(0);
      FinePayment paid = TrafficClient.create(env.client(), env.city()).fines().pay(fine, asCitizen);
      out.printf("Paid the fine for %s: %s, payment %s is %s%n",
          fine.plate(), paid.amount().toDisplayString(), paid.id(), paid.state());
    }
    List<Bill> bills = before.outstandingBills().value().orElse(List.of());
    if (!bills.isEmpty()) {
      Bill bill = bills.get(0);
      Payment paid = UtilitiesClient.create(env.client(), env.city()).payments().pay(PayBillsRequest.of(bill), asCitizen);
      out.printf("Paid the %s bill for %s: %s, payment %s is %s%n",
          bill.type().name().toLowerCase(), bill.period(), bill.amountDue().toDisplayString(), paid.paymentId(), paid.status());
    }

    Overview after = overviews.fetch(env.citizen());
    out.println();
    out.printf("Owed before: %s, owed now: %s%n",
        before.totalOwed().toDisplayString(), after.totalOwed().toDisplayString());
  }
}
