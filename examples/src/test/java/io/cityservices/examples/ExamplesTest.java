package io.cityservices.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main}, as {@code exec:java} does (no configuration, so against an
 * in-process sandbox), and checks what it printed, personal data included.
 */
class ExamplesTest {

  /** The seeded citizen's plates, names and identity numbers must only ever appear masked. */
  private static final String CLEAR_PLATE = "[沪浙粤][A-Z][A-Z0-9]{5}\\b";
  private static final String CLEAR_ID = "\\b\\d{17}[0-9X]\\b";

  private static String run(Consumer<String[]> main) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    original.println(printed);
    assertThat(printed).containsPattern("Running against the in-process sandbox at http://127\\.0\\.0\\.1:\\d+");
    assertThat(printed).doesNotContainPattern(CLEAR_PLATE).doesNotContainPattern(CLEAR_ID);
    return printed;
  }

  @Test
  void quickStartShowsTheOverviewThenPaysAFineAndABill() {
    String out = run(QuickStart::main);

    assertThat(out).contains("Citizen overview (every department answered)");
    assertThat(out).containsPattern("310000 Traffic: +unpaid fines [1-9]\\d*, licence points \\d+, inspections due \\d+; owes CNY [\\d.]+");
    assertThat(out).containsPattern("310000 Water, power and gas: +outstanding bills [1-9]\\d*; owes CNY [\\d.]+");
    assertThat(out).containsPattern("310000 Hospital appointments: +upcoming appointments \\d+");
    assertThat(out).contains("-> traffic.fines().pay(violation, options)", "-> utilities.payments().pay(PayBillsRequest.of(bill), options)");
    assertThat(out).containsPattern("Pay the fine for 沪[A-Z]\\*+[A-Z0-9]{2}: .+: paid CNY \\d+\\.\\d{2}, payment \\S+");
    assertThat(out).containsPattern("Pay the (water|electricity|gas) bill for \\d{4}-\\d{2}: paid CNY [\\d.]+, payment \\S+");
    assertThat(out).containsPattern("Owed before: CNY [\\d.]+, owed now: CNY [\\d.]+");
  }

  @Test
  void trafficJourneyPaysEveryUnpaidFineAndBooksAnInspection() {
    String out = run(TrafficJourney::main);

    assertThat(out).contains("Violations of my vehicles:", "(nothing was sent)", "BOOKED", "Cancelled it again: CANCELLED");
    assertThat(out).containsPattern("Paid CNY [\\d.]+ in total");
    assertThat(out).doesNotContain("-> PAYABLE]").contains("Road events between");
  }

  @Test
  void utilitiesJourneyPaysAllBillsInOnePaymentAndNeverTwice() {
    String out = run(UtilitiesJourney::main);

    assertThat(out).contains("Paying them again is refused: bill_already_paid", "Payment history:");
    assertThat(out).containsPattern("Payment \\S+: SUCCEEDED, CNY [\\d.]+");
    assertThat(out).containsPattern("is now PAID");
  }

  @Test
  void healthJourneyBooksAndCancelsGivingThePlaceBack() {
    String out = run(HealthJourney::main);

    assertThat(out).containsPattern("Places left now: (\\d+)");
    assertThat(out).contains("As FHIR R4: booked Appointment", "Cancelled: CANCELLED, refund SUCCEEDED");
    String before = out.replaceAll("(?s).*?(\\d+) of \\d+ places left.*", "$1");
    String after = out.replaceAll("(?s).*Places left after cancelling: (\\d+).*", "$1");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void libraryJourneyRenewsWhatItCanHoldsAndPaysTheFines() {
    String out = run(LibraryJourney::main);

    assertThat(out).contains("上海图书馆东馆", "titles by 鲁迅", "Cancelled: CLOSED_CANCELLED", "Owed now: CNY 0.00");
    assertThat(out).containsPattern("Renewed loan-\\d+: due \\S+ -> \\S+ \\(1 of 2 renewals used\\)");
    assertThat(out).contains("not renewed (too_many)", "not renewed (on_hold)", "not renewed (overdue)");
    assertThat(out).containsPattern("Card \\*+\\d{4} \\(DEPOSIT, ACTIVE\\)");
    assertThat(out).containsPattern("Paid 1 charge\\(s\\): CNY [\\d.]+, payment \\S+ is SUCCEEDED");
  }

  @Test
  void socialInsuranceJourneyFindsTheGapsAndDownloadsAProof() {
    String out = run(SocialInsuranceJourney::main);

    assertThat(out).contains("110 ENTERPRISE_EMPLOYEE_PENSION", "INSURED", "pooling area 310000",
        "A certificate through", "is refused: period_not_posted", "Medical insurance: MedicalInsurance[");
    assertThat(out).containsPattern("Pension contributions \\d{4}-\\d{2} to \\d{4}-\\d{2}: \\d+ months");
    assertThat(out).containsPattern("Months without a pension contribution: \\[\\d{4}-\\d{2}\\]");
    assertThat(out).containsPattern("Certificate SI-CERT-\\d+ is READY: downloaded \\d+ bytes of application/pdf");
    assertThat(out).contains("As FHIR R4: active Coverage of type 310");
  }

  @Test
  void exitEntryJourneyBooksRenewsFollowsAndChecksAnMrz() {
    String out = run(ExitEntryJourney::main);

    assertThat(out).contains("(less than six months left: renew it)", "for a passport RENEWAL", "Rescheduled to",
        "Scanned MRZ checks out: issued by UTO", "mrz.document_number: check digit is 7, computed 6",
        "Cancelled it again: CANCELLED");
    assertThat(out).containsPattern("PASSPORT E\\*{6}\\d{2}").containsPattern("Application \\*{16}\\d{4} \\(PASSPORT RENEWAL\\)");
    assertThat(out).doesNotContainPattern("\\b\\d{20}\\b").doesNotContainPattern("\\bE\\d{8}\\b");
  }

  @Test
  void webhookReceiverVerifiesEveryEvent() {
    String out = run(WebhookReceiver::main);

    assertThat(out).contains("Verified event traffic.violation.recorded", "Verified event traffic.violation.paid",
        "Verified event traffic.payment.succeeded");
    assertThat(out).doesNotContain("Rejected a delivery", "Not every expected event arrived");
  }

  @Test
  void multiCityShowsTheCatalogAndRefusesAServiceACityLacks() {
    String out = run(MultiCity::main);

    assertThat(out).contains("440100 广州   offers traffic, utilities", "app second-app in 广州 Guangzhou:",
        "health: not offered here, refused before sending (service_not_offered)");
    assertThat(out).containsPattern("app sandbox-app in 上海 Shanghai:\\s+traffic: \\d+ inspection stations");
  }
}
