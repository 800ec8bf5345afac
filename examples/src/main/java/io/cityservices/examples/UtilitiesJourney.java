package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillQuery;
import io.cityservices.utilities.BillStatus;
import io.cityservices.utilities.BindAccountRequest;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.PaymentQuery;
import io.cityservices.utilities.PaymentReceipt;
import io.cityservices.utilities.UsageQuery;
import io.cityservices.utilities.UsageReading;
import io.cityservices.utilities.UsageReport;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilityAccount;
import io.cityservices.utilities.UtilityCompany;
import io.cityservices.utilities.UtilityType;
import java.io.PrintStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The utilities journey: find the city's water company, bind the citizen's water account (户号), see
 * what is due, pay every outstanding bill in one payment, check they are paid, read the receipt, the
 * payment history and the last six months of usage.
 *
 * <p>Run against the sandbox (seed 42) for citizen {@code c-310000-001} of Shanghai, whose water
 * account number is {@link #SANDBOX_WATER_ACCOUNT}; against a real platform pass the number printed
 * on the citizen's bill to {@link #run(CityServices, CitizenToken, String, PrintStream)}.
 */
public final class UtilitiesJourney {

  /** The water account of sandbox citizen c-310000-001 with the default seed 42. */
  public static final String SANDBOX_WATER_ACCOUNT = "7595046895";

  private UtilitiesJourney() {}

  /** Runs the utilities journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Utilities journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /** The journey for the sandbox's first Shanghai citizen. */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    run(client, citizen, SANDBOX_WATER_ACCOUNT, out);
  }

  /** The journey for {@code waterAccountNumber} at the default city's water company. */
  public static void run(CityServices client, CitizenToken citizen, String waterAccountNumber, PrintStream out) {
    UtilitiesClient utilities = UtilitiesClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);

    out.println("== Utilities of city " + utilities.city().value() + " ==");
    for (UtilityCompany company : utilities.companies().list(null, RequestOptions.none())) {
      out.printf("  %-12s %s (%s, account numbers like %s)%n",
          company.type(), company.name(), company.billingMode(), company.accountNumberPattern());
    }

    UtilityCompany water = utilities.companies().list(UtilityType.WATER, RequestOptions.none()).get(0);
    UtilityAccount account = utilities.accounts().bind(BindAccountRequest.of(water, waterAccountNumber), asCitizen);
    // The platform masks the holder's name; the SDK masks the account number and address in toString.
    out.println("Bound " + account);

    List<Bill> due = utilities.bills().list(BillQuery.builder()
        .accountId(account.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    out.println("Outstanding bills:");
    for (Bill bill : due) {
      out.printf("  %s  %s  due %s  principal %s + late fee %s = %s  [%s]%n", bill.id(), bill.period(),
          bill.dueDate(), bill.principal().toDisplayString(), bill.lateFee().toDisplayString(),
          bill.amountDue().toDisplayString(), bill.status());
    }
    if (due.isEmpty()) {
      out.println("  nothing is due");
    } else {
      PayBillsRequest request = PayBillsRequest.of(due);
      out.println("Paying " + due.size() + " bill(s), " + request.amount().toDisplayString() + " in one payment...");
      Payment payment = utilities.payments().pay(request, asCitizen);
      out.println("Payment " + payment.id() + ": " + payment.status() + ", " + payment.amount().toDisplayString());

      for (Bill bill : due) {
        out.println("  " + bill.id() + " is now " + utilities.bills().get(bill.id(), asCitizen).status());
      }
      try {
        utilities.payments().pay(request, asCitizen);
      } catch (ConflictException alreadyPaid) {
        out.println("Paying them again is refused: " + alreadyPaid.code() + " (never a second charge)");
      }

      PaymentReceipt receipt = utilities.payments().receipt(payment.id(), asCitizen);
      out.println("Receipt " + receipt.receiptNumber() + " for " + receipt.payerName() + ":");
      for (PaymentReceipt.ReceiptLine line : receipt.lines()) {
        out.printf("  %s %s %s %s%n", line.companyName(), line.accountNumber(), line.period(), line.amount().toDisplayString());
      }
    }

    out.println("Payment history:");
    utilities.payments().listAll(PaymentQuery.firstPage(), asCitizen).forEach(p ->
        out.printf("  %s  %s  %s  %d bill(s)%n", p.id(), p.status(), p.amount().toDisplayString(), p.billIds().size()));

    // The reader's own last month: the example prints for whoever runs it, where they are.
    YearMonth last = YearMonth.now(ZoneId.systemDefault()).minusMonths(1);
    UsageReport usage = utilities.usage().get(UsageQuery.monthly(account.id(), last.minusMonths(5), last), asCitizen);
    out.println("Usage, last six months (" + usage.unit() + "):");
    for (UsageReading reading : usage.readings()) {
      out.printf("  %s  %10s %s  %s%n", YearMonth.from(reading.start()), reading.value().toPlainString(), reading.unit(),
          reading.cost() == null ? "-" : reading.cost().toDisplayString());
    }
    out.println("  total " + usage.total().toPlainString() + " " + usage.unit());
  }
}
