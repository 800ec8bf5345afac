package io.cityservices.utilities.internal;

import static io.cityservices.utilities.internal.UtilitiesOperations.BIND_ACCOUNT;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_BILL;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_PAYMENT;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_RECEIPT;
import static io.cityservices.utilities.internal.UtilitiesOperations.GET_USAGE;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_ACCOUNTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_BILLS;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_COMPANIES;
import static io.cityservices.utilities.internal.UtilitiesOperations.LIST_PAYMENTS;
import static io.cityservices.utilities.internal.UtilitiesOperations.PAY_BILLS;
import static io.cityservices.utilities.internal.UtilitiesOperations.TOP_UP;
import static io.cityservices.utilities.internal.UtilitiesOperations.UNBIND_ACCOUNT;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import io.cityservices.utilities.Bill;
import io.cityservices.utilities.BillStatus;
import io.cityservices.utilities.BindAccountRequest;
import io.cityservices.utilities.ListBillsRequest;
import io.cityservices.utilities.ListPaymentsRequest;
import io.cityservices.utilities.PayBillsRequest;
import io.cityservices.utilities.Payment;
import io.cityservices.utilities.PaymentReceipt;
import io.cityservices.utilities.TopUpRequest;
import io.cityservices.utilities.UsageReport;
import io.cityservices.utilities.UsageRequest;
import io.cityservices.utilities.UtilitiesClient;
import io.cityservices.utilities.UtilityAccount;
import io.cityservices.utilities.UtilityCompany;
import io.cityservices.utilities.UtilityType;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@link UtilitiesClient} over the shared transport. Each operation builds its {@link ApiRequest}
 * in one private method used by both the blocking and the asynchronous form; the client's own checks
 * run there, so a bad request fails before anything is sent in both forms.
 */
public final class DefaultUtilitiesClient implements UtilitiesClient {

  private static final ResponseType<Page<UtilityCompany>> COMPANIES = ResponseType.pageOf(UtilityCompany.class);
  private static final ResponseType<UtilityAccount> ACCOUNT = ResponseType.of(UtilityAccount.class);
  private static final ResponseType<Page<UtilityAccount>> ACCOUNTS = ResponseType.pageOf(UtilityAccount.class);
  private static final ResponseType<Bill> BILL = ResponseType.of(Bill.class);
  private static final ResponseType<Page<Bill>> BILLS = ResponseType.pageOf(Bill.class);
  private static final ResponseType<Payment> PAYMENT = ResponseType.of(Payment.class);
  private static final ResponseType<Page<Payment>> PAYMENTS = ResponseType.pageOf(Payment.class);
  private static final ResponseType<PaymentReceipt> RECEIPT = ResponseType.of(PaymentReceipt.class);
  private static final ResponseType<UsageReport> USAGE = ResponseType.of(UsageReport.class);
  private static final ResponseType<Void> NONE = ResponseType.none();

  private final ApiExecutor executor;
  private final CityCode city;

  /** Use {@link UtilitiesClient#create(CityServices, CityCode)}. */
  public DefaultUtilitiesClient(CityServices services, CityCode city) {
    this.executor = Objects.requireNonNull(services, "services").apiExecutor();
    this.city = Objects.requireNonNull(city, "city");
  }

  @Override
  public CityCode city() {
    return city;
  }

  // --- companies

  @Override
  public List<UtilityCompany> listCompanies(UtilityType type, RequestOptions options) {
    return executor.execute(listCompaniesRequest(type), options, COMPANIES).data();
  }

  @Override
  public CompletableFuture<List<UtilityCompany>> listCompaniesAsync(UtilityType type, RequestOptions options) {
    return async(() -> listCompaniesRequest(type), options, COMPANIES).thenApply(Page::data);
  }

  private ApiRequest listCompaniesRequest(UtilityType type) {
    if (type == UtilityType.UNKNOWN) {
      throw ValidationException.of("type", "must be a known utility type or null for all");
    }
    return start(LIST_COMPANIES).query("type", type).build();
  }

  // --- accounts

  @Override
  public UtilityAccount bindAccount(BindAccountRequest request, RequestOptions options) {
    return executor.execute(bindAccountRequest(request), options, ACCOUNT);
  }

  @Override
  public CompletableFuture<UtilityAccount> bindAccountAsync(BindAccountRequest request, RequestOptions options) {
    return async(() -> bindAccountRequest(request), options, ACCOUNT);
  }

  private ApiRequest bindAccountRequest(BindAccountRequest request) {
    Objects.requireNonNull(request, "request");
    UtilityCompany company = request.company();
    String number = request.accountNumber();
    if (company != null && number != null && !number.isEmpty() && !company.acceptsAccountNumber(number)) {
      String hint = company.accountNumberHint() == null ? "" : " (" + company.accountNumberHint() + ")";
      throw ValidationException.of("accountNumber", "does not have the format of " + company.name() + "'s account numbers" + hint);
    }
    return start(BIND_ACCOUNT)
        .validate(request)
        .body(new WireBodies.BindAccount(company == null ? null : company.companyCode(), number))
        .build();
  }

  @Override
  public List<UtilityAccount> listAccounts(RequestOptions options) {
    return executor.execute(start(LIST_ACCOUNTS).build(), options, ACCOUNTS).data();
  }

  @Override
  public CompletableFuture<List<UtilityAccount>> listAccountsAsync(RequestOptions options) {
    return async(() -> start(LIST_ACCOUNTS).build(), options, ACCOUNTS).thenApply(Page::data);
  }

  @Override
  public void unbindAccount(String accountId, RequestOptions options) {
    executor.execute(unbindAccountRequest(accountId), options, NONE);
  }

  @Override
  public CompletableFuture<Void> unbindAccountAsync(String accountId, RequestOptions options) {
    return async(() -> unbindAccountRequest(accountId), options, NONE);
  }

  private ApiRequest unbindAccountRequest(String accountId) {
    return start(UNBIND_ACCOUNT).path("account_id", requireId("accountId", accountId)).build();
  }

  // --- bills

  @Override
  public Page<Bill> listBills(ListBillsRequest request, RequestOptions options) {
    return executor.execute(listBillsRequest(request), options, BILLS);
  }

  @Override
  public CompletableFuture<Page<Bill>> listBillsAsync(ListBillsRequest request, RequestOptions options) {
    return async(() -> listBillsRequest(request), options, BILLS);
  }

  @Override
  public PagedIterable<Bill> listAllBills(ListBillsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new PagedIterable<>(cursor -> listBills(request.withCursor(cursor), options));
  }

  private ApiRequest listBillsRequest(ListBillsRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.statuses().contains(BillStatus.UNKNOWN)) {
      throw ValidationException.of("statuses", "must name known statuses only");
    }
    return start(LIST_BILLS)
        .validate(request)
        .query("account_id", request.accountId())
        .queryAll("status", request.statuses().stream().sorted().map(BillStatus::name).toList())
        .query("limit", request.limit())
        .query("cursor", request.cursor())
        .build();
  }

  @Override
  public Bill getBill(String billId, RequestOptions options) {
    return executor.execute(getBillRequest(billId), options, BILL);
  }

  @Override
  public CompletableFuture<Bill> getBillAsync(String billId, RequestOptions options) {
    return async(() -> getBillRequest(billId), options, BILL);
  }

  private ApiRequest getBillRequest(String billId) {
    return start(GET_BILL).path("bill_id", requireId("billId", billId)).build();
  }

  // --- payments

  @Override
  public Payment payBills(PayBillsRequest request, RequestOptions options) {
    return executor.execute(payBillsRequest(request), options, PAYMENT);
  }

  @Override
  public CompletableFuture<Payment> payBillsAsync(PayBillsRequest request, RequestOptions options) {
    return async(() -> payBillsRequest(request), options, PAYMENT);
  }

  private ApiRequest payBillsRequest(PayBillsRequest request) {
    Objects.requireNonNull(request, "request");
    requireNoViolations(request.violations());
    return start(PAY_BILLS)
        .validate(request)
        .body(new WireBodies.PayBills(request.billIds(), request.amount()))
        .build();
  }

  @Override
  public Payment topUp(TopUpRequest request, RequestOptions options) {
    return executor.execute(topUpRequest(request), options, PAYMENT);
  }

  @Override
  public CompletableFuture<Payment> topUpAsync(TopUpRequest request, RequestOptions options) {
    return async(() -> topUpRequest(request), options, PAYMENT);
  }

  private ApiRequest topUpRequest(TopUpRequest request) {
    Objects.requireNonNull(request, "request");
    String accountId = requireId("accountId", request.accountId());
    if (request.amount() != null && !request.amount().isPositive()) {
      throw ValidationException.of("amount", "must be greater than zero");
    }
    return start(TOP_UP)
        .validate(request)
        .path("account_id", accountId)
        .body(new WireBodies.TopUp(request.amount()))
        .build();
  }

  @Override
  public Payment getPayment(String paymentId, RequestOptions options) {
    return executor.execute(getPaymentRequest(paymentId), options, PAYMENT);
  }

  @Override
  public CompletableFuture<Payment> getPaymentAsync(String paymentId, RequestOptions options) {
    return async(() -> getPaymentRequest(paymentId), options, PAYMENT);
  }

  private ApiRequest getPaymentRequest(String paymentId) {
    return start(GET_PAYMENT).path("payment_id", requireId("paymentId", paymentId)).build();
  }

  @Override
  public PaymentReceipt getReceipt(String paymentId, RequestOptions options) {
    return executor.execute(getReceiptRequest(paymentId), options, RECEIPT);
  }

  @Override
  public CompletableFuture<PaymentReceipt> getReceiptAsync(String paymentId, RequestOptions options) {
    return async(() -> getReceiptRequest(paymentId), options, RECEIPT);
  }

  private ApiRequest getReceiptRequest(String paymentId) {
    return start(GET_RECEIPT).path("payment_id", requireId("paymentId", paymentId)).build();
  }

  @Override
  public Page<Payment> listPayments(ListPaymentsRequest request, RequestOptions options) {
    return executor.execute(listPaymentsRequest(request), options, PAYMENTS);
  }

  @Override
  public CompletableFuture<Page<Payment>> listPaymentsAsync(ListPaymentsRequest request, RequestOptions options) {
    return async(() -> listPaymentsRequest(request), options, PAYMENTS);
  }

  @Override
  public PagedIterable<Payment> listAllPayments(ListPaymentsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new PagedIterable<>(cursor -> listPayments(request.withCursor(cursor), options));
  }

  private ApiRequest listPaymentsRequest(ListPaymentsRequest request) {
    Objects.requireNonNull(request, "request");
    return start(LIST_PAYMENTS)
        .validate(request)
        .query("limit", request.limit())
        .query("cursor", request.cursor())
        .build();
  }

  // --- usage

  @Override
  public UsageReport getUsage(UsageRequest request, RequestOptions options) {
    return executor.execute(getUsageRequest(request), options, USAGE);
  }

  @Override
  public CompletableFuture<UsageReport> getUsageAsync(UsageRequest request, RequestOptions options) {
    return async(() -> getUsageRequest(request), options, USAGE);
  }

  private ApiRequest getUsageRequest(UsageRequest request) {
    Objects.requireNonNull(request, "request");
    requireNoViolations(request.violations());
    return start(GET_USAGE)
        .validate(request)
        .path("account_id", requireId("accountId", request.accountId()))
        .query("from", request.from())
        .query("to", request.to())
        .query("granularity", request.granularity())
        .build();
  }

  // --- shared

  private ApiRequest.Builder start(Operation operation) {
    return ApiRequest.of(operation).path("city", city.value());
  }

  private static String requireId(String field, String id) {
    if (id == null || id.isBlank()) {
      throw ValidationException.of(field, "must not be blank");
    }
    return id;
  }

  private static void requireNoViolations(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw ValidationException.clientSide(violations);
    }
  }

  /** Runs the asynchronous form; a request that fails the client's own checks fails the future. */
  private <T> CompletableFuture<T> async(Supplier<ApiRequest> request, RequestOptions options, ResponseType<T> type) {
    ApiRequest built;
    try {
      built = request.get();
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executor.executeAsync(built, options, type);
  }
}
