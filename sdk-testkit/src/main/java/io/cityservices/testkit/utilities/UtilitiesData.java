package io.cityservices.testkit.utilities;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What tests can see and do in the sandbox's utilities service, through
 * {@code sandbox.data(UtilitiesData.class)}: the seeded companies and bindable accounts, and hooks to
 * issue bills, make the next payment fail and control when payments are written off.
 *
 * <p>Payments: a successful payment moves its bills to {@code PAID_PENDING_WRITE_OFF}; the company
 * writes them off ({@code PAID}) once {@link #writeOffDelay(Duration)} has passed on the sandbox clock,
 * checked whenever bills are read. The delay is zero by default, so the next read already shows
 * {@code PAID}; set a delay to observe the pending state and end it with {@link #completeWriteOffs()}.
 * Seeded bills in {@code PAID_PENDING_WRITE_OFF} or {@code PAYING} stay there, as if the department
 * never answered.
 */
public final class UtilitiesData {
  private final Supplier<UtilitiesState> state;
  private final UtilitiesSandbox module;

  UtilitiesData(Supplier<UtilitiesState> state, UtilitiesSandbox module) {
    this.state = state;
    this.module = module;
  }

  /**
   * The companies of a city: water, electricity (postpaid) and gas (prepaid).
   *
   * @param city a six-digit city code
   * @return the companies, empty for a city without utilities
   */
  public List<Company> companies(String city) {
    return state.get().companies(city);
  }

  /**
   * The household accounts held by a seeded citizen: water, electricity and gas, in that order.
   *
   * @param citizenId a seeded citizen's id
   * @return the accounts, empty for a citizen of a city without utilities
   */
  public List<SeededAccount> accountsOf(String citizenId) {
    return state.get().seededAccounts(citizenId);
  }

  /**
   * A seeded citizen's account of one type. The water account has three paid bills, one overdue and
   * one unpaid; the electricity account has one bill in every state; the gas account is prepaid.
   *
   * @param citizenId a seeded citizen's id
   * @param type the kind of supply
   * @return the account
   * @throws NoSuchElementException if the citizen holds no account of that type
   */
  public SeededAccount accountOf(String citizenId, SeededAccount.Type type) {
    return accountsOf(citizenId).stream().filter(a -> a.type() == type).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no " + type + " account for " + citizenId));
  }

  /**
   * The company issues a new unpaid bill on an account, due in ten days, and
   * {@code utilities.bill.issued} is published for every citizen who bound it.
   *
   * @param companyCode the issuing company's code
   * @param accountNumber the household account
   * @param period the billing month
   * @param quantity the metered quantity in the company's unit (tonnes, kWh, cubic metres)
   * @return the new bill's id
   */
  public String issueBill(String companyCode, String accountNumber, YearMonth period, long quantity) {
    return module.issueBill(companyCode, accountNumber, period, quantity);
  }

  /**
   * A bill passes its due date: it becomes {@code OVERDUE} and {@code utilities.bill.overdue} is published.
   *
   * @param billId an unpaid bill's id
   */
  public void markOverdue(String billId) {
    module.markOverdue(billId);
  }

  /**
   * The status of a bill, as the company holds it.
   *
   * @param billId any bill id
   * @return the status, e.g. {@code UNPAID}, or empty for an unknown bill
   */
  public Optional<String> billStatus(String billId) {
    return state.get().billStatus(billId);
  }

  /**
   * How long the company takes to write a payment off, on the sandbox clock (zero by default).
   *
   * @param delay zero or more; payments stay {@code PROCESSING} for this long
   */
  public void writeOffDelay(Duration delay) {
    state.get().writeOffDelay(delay);
  }

  /** Writes off every payment still pending, whatever the delay. */
  public void completeWriteOffs() {
    state.get().completeWriteOffs();
  }

  /**
   * How many successful payments the platform took for a bill (to prove a bill was never paid twice).
   *
   * @param billId any bill id
   * @return the count, 0 for an unknown or unpaid bill
   */
  public int paymentCount(String billId) {
    return state.get().paymentCount(billId);
  }

  /** The next bill payment fails ({@code card_declined}): its bills become {@code PAYMENT_FAILED}. */
  public void failNextPayment() {
    state.get().failNextPayment();
  }

}
