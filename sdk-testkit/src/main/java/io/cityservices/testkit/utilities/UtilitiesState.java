package io.cityservices.testkit.utilities;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.testkit.ConsoleRecord;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.utilities.UtilitiesJson.AccountJson;
import io.cityservices.testkit.utilities.UtilitiesJson.BillEventJson;
import io.cityservices.testkit.utilities.UtilitiesJson.BillJson;
import io.cityservices.testkit.utilities.UtilitiesJson.LineItemJson;
import io.cityservices.testkit.utilities.UtilitiesJson.PaymentItemJson;
import io.cityservices.testkit.utilities.UtilitiesJson.PaymentJson;
import io.cityservices.testkit.utilities.UtilitiesJson.ReceiptJson;
import io.cityservices.testkit.utilities.UtilitiesJson.ReceiptLineJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The utilities platform's state: companies, household accounts with their bills, the citizens'
 * bindings and the payments taken. Every method holds the instance's lock, so a handler sees and
 * changes the state atomically.
 */
final class UtilitiesState {
  static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

  private final Clock clock;
  private final Map<String, List<Company>> companies = new LinkedHashMap<>();
  private final Map<String, Household> households = new LinkedHashMap<>();
  private final Map<String, BillRecord> bills = new LinkedHashMap<>();
  private final Map<String, Binding> bindings = new LinkedHashMap<>();
  private final Map<String, PaymentRecord> payments = new LinkedHashMap<>();
  private long billCounter;
  private long bindingCounter;
  private long paymentCounter;
  private Duration writeOffDelay = Duration.ZERO;
  private boolean failNextPayment;

  /** A citizen's binding of a household account. */
  record Binding(String id, String citizenId, Household household, Instant boundAt) {}

  UtilitiesState(Clock clock) {
    this.clock = clock;
  }

  // --- seeding and hooks

  synchronized void addCompany(Company company) {
    companies.computeIfAbsent(company.city(), c -> new ArrayList<>()).add(company);
  }

  synchronized void addHousehold(Household household) {
    households.put(key(household.company.code(), household.accountNumber), household);
  }

  synchronized BillRecord addBill(Household household, YearMonth period, long quantity, long lateFeeFen, LocalDate due, String status) {
    Company company = household.company;
    long principal = quantity * company.unitPriceFen();
    List<LineItemJson> lines = switch (company.type()) {
      case "WATER" -> List.of(
          new LineItemJson("自来水费", Long.toString(quantity), "M3", Money.cny(quantity * 345)),
          new LineItemJson("污水处理费", Long.toString(quantity), "M3", Money.cny(quantity * 170)));
      default -> List.of(new LineItemJson(company.type().equals("ELECTRICITY") ? "电费" : "燃气费",
          Long.toString(quantity), company.unit(), Money.cny(principal)));
    };
    BillRecord bill = new BillRecord("bill-" + company.city() + "-" + String.format("%06d", ++billCounter),
        household, period, principal, lateFeeFen, due, lines, status);
    household.bills.add(bill);
    bills.put(bill.id, bill);
    return bill;
  }

  synchronized List<SeededAccount> seededAccounts(String citizenId) {
    return households.values().stream().filter(h -> h.holderCitizenId.equals(citizenId)).map(Household::seeded).toList();
  }

  synchronized List<Company> companies(String city) {
    return List.copyOf(companies.getOrDefault(city, List.of()));
  }

  synchronized void writeOffDelay(Duration delay) {
    writeOffDelay = delay;
  }

  synchronized void failNextPayment() {
    failNextPayment = true;
  }

  /** Completes every write-off waiting on the delay. */
  synchronized void completeWriteOffs() {
    bills.values().stream().filter(b -> b.paidAt != null && b.status.equals("PAID_PENDING_WRITE_OFF"))
        .forEach(b -> b.status = "PAID");
  }

  synchronized Optional<String> billStatus(String billId) {
    return Optional.ofNullable(bills.get(billId)).map(b -> b.status);
  }

  /** A bill passes its due date. */
  synchronized void markOverdue(BillRecord bill) {
    bill.status = "OVERDUE";
  }

  /** The event data about {@code bill} for each citizen who bound its account. */
  synchronized List<BillEventJson> billEvents(BillRecord bill) {
    return bindings.values().stream().filter(b -> b.household() == bill.household)
        .map(b -> new BillEventJson(bill.id, b.id(), b.citizenId(), bill.household.company.code(),
            bill.period.toString(), Money.cny(bill.amountDueFen()), bill.dueDate))
        .toList();
  }

  synchronized Optional<Household> household(String companyCode, String accountNumber) {
    return Optional.ofNullable(households.get(key(companyCode, accountNumber)));
  }

  synchronized Optional<BillRecord> bill(String billId) {
    return Optional.ofNullable(bills.get(billId));
  }

  /**
   * The sandbox console's view of a citizen: the bills of the accounts they hold or bound, oldest
   * unpaid first.
   */
  synchronized List<ConsoleRecord> consoleRecords(String citizenId) {
    settle();
    return consoleBills(citizenId).stream()
        .map(b -> ConsoleRecord.of(UtilitiesSandbox.DEPARTMENT, "bill", b.id, b.status,
            b.household.company.type().toLowerCase(java.util.Locale.ROOT) + " " + b.period + ", account "
                + Redactor.maskAccountNumber(b.household.accountNumber),
            Money.cny(b.amountDueFen())))
        .toList();
  }

  /** The bills of the accounts a citizen holds or bound, by due date. */
  synchronized List<BillRecord> consoleBills(String citizenId) {
    return bills.values().stream()
        .filter(b -> b.household.holderCitizenId.equals(citizenId) || bindings.values().stream()
            .anyMatch(binding -> binding.household() == b.household && binding.citizenId().equals(citizenId)))
        .sorted(Comparator.comparing((BillRecord b) -> b.dueDate).thenComparing(b -> b.id))
        .toList();
  }

  // --- operations

  /** Binds, or returns the citizen's existing binding of the same account (then {@code created} is false). */
  synchronized BindResult bind(String city, String citizenId, String companyCode, String accountNumber) {
    Company company = companies(city).stream().filter(c -> c.code().equals(companyCode)).findFirst()
        .orElseThrow(() -> problem(404, "company_not_found", "Company not found", "no such utility company in this city"));
    if (accountNumber == null || !company.accepts(accountNumber)) {
      throw SandboxProblem.validation("account_number", "does not have the company's account number format");
    }
    Household household = households.get(key(companyCode, accountNumber));
    if (household == null) {
      throw problem(404, "account_not_found", "Account not found", "the company has no account with this number");
    }
    for (Binding b : bindings.values()) {
      if (b.citizenId().equals(citizenId) && b.household() == household) {
        return new BindResult(account(b), false);
      }
    }
    Binding binding = new Binding("acct-" + String.format("%06d", ++bindingCounter), citizenId, household, clock.instant());
    bindings.put(binding.id(), binding);
    return new BindResult(account(binding), true);
  }

  record BindResult(AccountJson account, boolean created) {}

  synchronized List<AccountJson> accounts(String city, String citizenId) {
    return citizenBindings(city, citizenId).stream().map(this::account).toList();
  }

  synchronized void unbind(String city, String citizenId, String accountId) {
    Binding binding = bindings.get(accountId);
    if (binding == null) {
      return;
    }
    if (!binding.citizenId().equals(citizenId) || !binding.household().company.city().equals(city)) {
      throw SandboxProblem.notFound("no such account");
    }
    if (binding.household().bills.stream().anyMatch(b -> b.status.equals("PAYING"))) {
      throw problem(409, "payment_in_progress", "Payment in progress", "a bill of this account is being paid");
    }
    bindings.remove(accountId);
  }

  synchronized List<BillJson> bills(String city, String citizenId, Optional<String> accountId, List<String> statuses) {
    settle();
    List<Binding> scope = citizenBindings(city, citizenId);
    if (accountId.isPresent()) {
      scope = scope.stream().filter(b -> b.id().equals(accountId.get())).toList();
      if (scope.isEmpty()) {
        throw SandboxProblem.notFound("no such account");
      }
    }
    List<BillJson> out = new ArrayList<>();
    for (Binding binding : scope) {
      for (BillRecord bill : binding.household().bills) {
        if (statuses.isEmpty() || statuses.contains(bill.status)) {
          out.add(bill(binding, bill));
        }
      }
    }
    out.sort(Comparator.comparing(BillJson::period).reversed().thenComparing(BillJson::id));
    return out;
  }

  synchronized BillJson bill(String city, String citizenId, String billId) {
    settle();
    BillRecord bill = bills.get(billId);
    Binding binding = bill == null ? null : bindingFor(city, citizenId, bill);
    if (binding == null) {
      throw SandboxProblem.notFound("no such bill");
    }
    return bill(binding, bill);
  }

  /** Pays bills; the result's {@code succeeded} tells which event to publish. */
  synchronized PaymentRecord pay(String city, String citizenId, List<String> billIds, Money amount) {
    settle();
    if (billIds == null || billIds.isEmpty()) {
      throw SandboxProblem.validation("bill_ids", "must not be empty");
    }
    requirePositiveCny(amount);
    if (billIds.stream().distinct().count() != billIds.size()) {
      throw SandboxProblem.validation("bill_ids", "must not list a bill twice");
    }
    List<Binding> payers = new ArrayList<>();
    List<BillRecord> paid = new ArrayList<>();
    for (String id : billIds) {
      BillRecord bill = bills.get(id);
      Binding binding = bill == null ? null : bindingFor(city, citizenId, bill);
      if (binding == null) {
        throw SandboxProblem.notFound("no such bill");
      }
      if (!bill.payable()) {
        throw bill.status.equals("WRITE_OFF_FAILED")
            ? problem(409, "bill_not_payable", "Bill not payable", "the bill awaits a refund and cannot be paid")
            : problem(409, "bill_already_paid", "Bill already paid", "a bill is already paid or being paid");
      }
      payers.add(binding);
      paid.add(bill);
    }
    long total = paid.stream().mapToLong(BillRecord::amountDueFen).sum();
    if (total != amount.amount()) {
      throw new SandboxProblem(422, "amount_mismatch", "Amount mismatch", "the amount is not the total due of the bills",
          List.of(new FieldViolation("amount", "must equal the total due of the bills")), Map.of(), Map.of());
    }
    String id = nextPaymentId();
    Instant now = clock.instant();
    List<PaymentItemJson> items = new ArrayList<>();
    List<ReceiptLineJson> lines = new ArrayList<>();
    for (int i = 0; i < paid.size(); i++) {
      BillRecord bill = paid.get(i);
      Money amountDue = Money.cny(bill.amountDueFen());
      items.add(new PaymentItemJson(payers.get(i).id(), bill.id, amountDue));
      lines.add(new ReceiptLineJson(bill.household.company.name(), mask(bill.household.accountNumber), bill.id,
          bill.period.toString(), amountDue));
    }
    boolean fail = failNextPayment;
    failNextPayment = false;
    for (BillRecord bill : paid) {
      if (fail) {
        bill.status = "PAYMENT_FAILED";
      } else {
        bill.status = "PAID_PENDING_WRITE_OFF";
        bill.paymentId = id;
        bill.paidAt = now;
      }
    }
    PaymentRecord payment = new PaymentRecord(id, city, citizenId, "BILLS", fail ? "FAILED" : "SUCCEEDED", total,
        items, now, fail ? "card_declined" : null, fail ? null : receiptNumber(id), lines);
    payments.put(id, payment);
    return payment;
  }

  synchronized PaymentRecord topUp(String city, String citizenId, String accountId, Money amount) {
    Binding binding = bindings.get(accountId);
    if (binding == null || !binding.citizenId().equals(citizenId) || !binding.household().company.city().equals(city)) {
      throw SandboxProblem.notFound("no such account");
    }
    requirePositiveCny(amount);
    if (!binding.household().company.prepaid()) {
      throw problem(409, "not_prepaid", "Account not prepaid", "only prepaid accounts can be topped up");
    }
    binding.household().balanceFen += amount.amount();
    String id = nextPaymentId();
    PaymentRecord payment = new PaymentRecord(id, city, citizenId, "TOP_UP", "SUCCEEDED", amount.amount(),
        List.of(new PaymentItemJson(accountId, null, amount)), clock.instant(), null, receiptNumber(id),
        List.of(new ReceiptLineJson(binding.household().company.name(), mask(binding.household().accountNumber), null,
            null, amount)));
    payments.put(id, payment);
    return payment;
  }

  synchronized PaymentRecord payment(String city, String citizenId, String paymentId) {
    PaymentRecord p = payments.get(paymentId);
    if (p == null || !p.citizenId().equals(citizenId) || !p.city().equals(city)) {
      throw SandboxProblem.notFound("no such payment");
    }
    return p;
  }

  synchronized int paymentCount(String billId) {
    return (int) payments.values().stream()
        .filter(p -> p.status().equals("SUCCEEDED"))
        .filter(p -> p.items().stream().anyMatch(item -> billId.equals(item.billId())))
        .count();
  }

  synchronized List<PaymentRecord> payments(String city, String citizenId) {
    List<PaymentRecord> out = new ArrayList<>(payments.values().stream()
        .filter(p -> p.city().equals(city) && p.citizenId().equals(citizenId)).toList());
    java.util.Collections.reverse(out);
    return out;
  }

  synchronized ReceiptJson receipt(String city, String citizenId, String paymentId, String payerName) {
    PaymentRecord p = payment(city, citizenId, paymentId);
    if (!p.status().equals("SUCCEEDED")) {
      throw problem(409, "receipt_not_available", "Receipt not available", "the payment did not succeed");
    }
    return new ReceiptJson(p.receiptNumber(), p.id(), Money.cny(p.amountFen()), at(p.createdAt()), payerName,
        p.receiptLines());
  }

  synchronized Binding binding(String city, String citizenId, String accountId) {
    Binding binding = bindings.get(accountId);
    if (binding == null || !binding.citizenId().equals(citizenId) || !binding.household().company.city().equals(city)) {
      throw SandboxProblem.notFound("no such account");
    }
    return binding;
  }

  // --- JSON

  PaymentJson json(PaymentRecord p) {
    return new PaymentJson(p.id(), p.kind(), p.status(), Money.cny(p.amountFen()), p.items(), at(p.createdAt()),
        at(p.createdAt()), p.failureCode());
  }

  private AccountJson account(Binding b) {
    Household h = b.household();
    Company c = h.company;
    return new AccountJson(b.id(), c.code(), c.name(), c.type(), c.prepaid() ? "PREPAID" : "POSTPAID",
        h.accountNumber, h.holderName.toString(), h.address, c.prepaid() ? Money.cny(h.balanceFen) : null, at(b.boundAt()));
  }

  private static BillJson bill(Binding binding, BillRecord bill) {
    Company c = bill.household.company;
    return new BillJson(bill.id, binding.id(), c.code(), c.type(), bill.period.toString(), Money.cny(bill.amountDueFen()),
        Money.cny(bill.principalFen), Money.cny(bill.lateFeeFen), Money.cny(0), bill.dueDate, bill.status,
        bill.lineItems, bill.paymentId);
  }

  // --- helpers

  /** The department writes payments off once the delay has passed on the sandbox clock. */
  private void settle() {
    Instant now = clock.instant();
    for (BillRecord b : bills.values()) {
      if (b.paidAt != null && b.status.equals("PAID_PENDING_WRITE_OFF") && !b.paidAt.plus(writeOffDelay).isAfter(now)) {
        b.status = "PAID";
      }
    }
  }

  private List<Binding> citizenBindings(String city, String citizenId) {
    return bindings.values().stream()
        .filter(b -> b.citizenId().equals(citizenId) && b.household().company.city().equals(city)).toList();
  }

  private Binding bindingFor(String city, String citizenId, BillRecord bill) {
    return citizenBindings(city, citizenId).stream().filter(b -> b.household() == bill.household).findFirst().orElse(null);
  }

  private String nextPaymentId() {
    return "upay-" + String.format("%08d", ++paymentCounter);
  }

  private static String receiptNumber(String paymentId) {
    return "R" + paymentId.substring(paymentId.indexOf('-') + 1);
  }

  private static void requirePositiveCny(Money amount) {
    if (amount == null) {
      throw SandboxProblem.validation("amount", "is required");
    }
    if (!amount.isPositive()) {
      throw SandboxProblem.validation("amount", "must be greater than zero");
    }
    if (!amount.currency().getCurrencyCode().equals("CNY")) {
      throw SandboxProblem.validation("amount.currency", "must be CNY");
    }
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZONE);
  }

  static String mask(String accountNumber) {
    return "*".repeat(accountNumber.length() - 4) + accountNumber.substring(accountNumber.length() - 4);
  }

  static SandboxProblem problem(int status, String code, String title, String detail) {
    return new SandboxProblem(status, code, title, detail, List.of(), Map.of(), Map.of());
  }

  private static String key(String companyCode, String accountNumber) {
    return companyCode + "/" + accountNumber;
  }

  static BigDecimal decimal(long thousandths) {
    return BigDecimal.valueOf(thousandths, 3);
  }
}
