package io.cityservices.utilities.internal;

import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.pagination.Page;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.PaymentReceipt;
import io.cityservices.utilities.UsageReport;
import io.cityservices.utilities.UtilityAccount;
import io.cityservices.utilities.UtilityCompany;

/** Every operation of the utilities service, and the response types they answer with, declared once. */
final class UtilitiesOperations {

  private static final String SERVICE = "utilities";
  private static final String BASE = "/v1/cities/{city}/utilities";

  static final Operation LIST_COMPANIES = Operation.publicRead("listCompanies", SERVICE, BASE + "/companies");
  /** Binding gives consent to read the account, so it is signed for non-repudiation like a payment. */
  static final Operation BIND_ACCOUNT = Operation.payment("bindAccount", SERVICE, BASE + "/accounts");
  static final Operation LIST_ACCOUNTS = Operation.read("listAccounts", SERVICE, BASE + "/accounts");
  static final Operation UNBIND_ACCOUNT =
      Operation.idempotentWrite("unbindAccount", SERVICE, "DELETE", BASE + "/accounts/{account_id}");
  static final Operation LIST_BILLS = Operation.read("listBills", SERVICE, BASE + "/bills");
  static final Operation GET_BILL = Operation.read("getBill", SERVICE, BASE + "/bills/{bill_id}");
  static final Operation PAY_BILLS = Operation.payment("payBills", SERVICE, BASE + "/payments");
  static final Operation TOP_UP = Operation.payment("topUp", SERVICE, BASE + "/accounts/{account_id}/top-ups");
  static final Operation GET_PAYMENT = Operation.read("getPayment", SERVICE, BASE + "/payments/{payment_id}");
  static final Operation GET_RECEIPT =
      Operation.read("getReceipt", SERVICE, BASE + "/payments/{payment_id}/receipt");
  static final Operation LIST_PAYMENTS = Operation.read("listPayments", SERVICE, BASE + "/payments");
  static final Operation GET_USAGE = Operation.read("getUsage", SERVICE, BASE + "/accounts/{account_id}/usage");

  static final ResponseType<Page<UtilityCompany>> COMPANIES = ResponseType.pageOf(UtilityCompany.class);
  static final ResponseType<UtilityAccount> ACCOUNT = ResponseType.of(UtilityAccount.class);
  static final ResponseType<Page<UtilityAccount>> ACCOUNTS = ResponseType.pageOf(UtilityAccount.class);
  static final ResponseType<Bill> BILL = ResponseType.of(Bill.class);
  static final ResponseType<Page<Bill>> BILLS = ResponseType.pageOf(Bill.class);
  static final ResponseType<Payment> PAYMENT = ResponseType.of(Payment.class);
  static final ResponseType<Page<Payment>> PAYMENTS = ResponseType.pageOf(Payment.class);
  static final ResponseType<PaymentReceipt> RECEIPT = ResponseType.of(PaymentReceipt.class);
  static final ResponseType<UsageReport> USAGE = ResponseType.of(UsageReport.class);
  static final ResponseType<Void> NONE = ResponseType.none();

  private UtilitiesOperations() {}
}
