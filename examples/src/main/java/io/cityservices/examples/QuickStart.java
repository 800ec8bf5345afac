package io.cityservices.examples;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.overview.CitizenOverview;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.traffic.FinePayment;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.TrafficSection;
import io.cityservices.traffic.Violation;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilitiesSection;
import java.io.PrintStream;
import java.util.List;

/**
 * The quick start: one citizen's overview across every department on the classpath ({@code
 * city.citizen(token).overview()}), then paying one fine and one bill, then the overview again.
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
    RequestOptions asCitizen = RequestOptions.forCitizen(env.citizen());
    CitizenView citizen = env.client().citizen(env.citizen());

    CitizenOverview before = citizen.overview();
    out.println();
    OverviewPrinter.print(before, out);

    out.println();
    List<Violation> fines = before.section(TrafficSection.class).map(TrafficSection::unpaidViolations).orElse(List.of());
    if (!fines.isEmpty()) {
      Violation fine = fines.get(0);
      FinePayment paid = TrafficClient.create(env.client(), env.city()).fines().pay(fine, asCitizen);
      out.printf("Paid the fine for %s: %s, payment %s is %s%n",
          fine.plate(), paid.amount().toDisplayString(), paid.id(), paid.status());
    }
    List<Bill> bills = before.section(UtilitiesSection.class).map(UtilitiesSection::outstandingBills).orElse(List.of());
    if (!bills.isEmpty()) {
      Bill bill = bills.get(0);
      Payment paid = UtilitiesClient.create(env.client(), env.city()).payments().pay(PayBillsRequest.of(bill), asCitizen);
      out.printf("Paid the %s bill for %s: %s, payment %s is %s%n",
          bill.type().name().toLowerCase(), bill.period(), bill.amountDue().toDisplayString(), paid.id(), paid.status());
    }

    CitizenOverview after = citizen.overview();
    out.println();
    out.printf("Owed before: %s, owed now: %s%n",
        before.totalOwed().toDisplayString(), after.totalOwed().toDisplayString());
  }
}
