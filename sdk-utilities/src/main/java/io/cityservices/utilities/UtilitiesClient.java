package io.cityservices.utilities;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.pagination.PagedIterable;
import io.cityservices.utilities.internal.DefaultUtilitiesClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The utilities service of one city: companies, the citizen's accounts, bills, payments, usage.
 * Thread-safe; an interface so that applications can mock it.
 *
 * <p>Every operation has a blocking form and an asynchronous form ({@code ...Async}) that completes
 * with the same result or, exceptionally, with the same exception. Operations acting for a citizen
 * need {@link RequestOptions} carrying that citizen's token
 * ({@link RequestOptions#forCitizen}); without one they fail with a
 * {@link io.cityservices.core.error.ValidationException} and nothing is sent.
 *
 * <p>Errors common to all operations: {@link io.cityservices.core.error.ValidationException} for a bad
 * request (before sending, or the platform's 400/422),
 * {@link io.cityservices.core.error.AuthenticationException} for a missing or expired token,
 * {@link io.cityservices.core.error.NotFoundException} for an unknown id or a city without utilities,
 * {@link io.cityservices.core.error.DepartmentUnavailableException} while the city's utilities
 * department is down, {@link io.cityservices.core.error.RateLimitedException},
 * {@link io.cityservices.core.error.TransportException} and
 * {@link io.cityservices.core.error.SignatureException}.
 */
public interface UtilitiesClient {

  /**
   * A client for the entry object's default city.
   *
   * @throws IllegalStateException if {@code services} has no default city
   */
  static UtilitiesClient create(CityServices services) {
    return create(services, services.defaultCity()
        .orElseThrow(() -> new IllegalStateException("CityServices has no default city; pass one")));
  }

  /** A client for {@code city}. */
  static UtilitiesClient create(CityServices services, CityCode city) {
    return new DefaultUtilitiesClient(services, city);
  }

  /** The city this client addresses. */
  CityCode city();

  // --- companies -------------------------------------------------------------------------------

  /**
   * The utility companies of the city, of one type or all ({@code type} null). Public reference
   * data: needs only the app's token, cached per HTTP caching, safe to call often. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/companies?type=}
   */
  List<UtilityCompany> listCompanies(UtilityType type, RequestOptions options);

  /** The asynchronous form of {@link #listCompanies}. */
  CompletableFuture<List<UtilityCompany>> listCompaniesAsync(UtilityType type, RequestOptions options);

  // --- accounts --------------------------------------------------------------------------------

  /**
   * Binds an account number at a company to the citizen, giving consent for the platform to read the
   * account (so it carries the app's non-repudiation signature). The account number is checked
   * against the company's format first. Idempotent through its {@code Idempotency-Key} (generated, or
   * the caller's from {@code options}); binding an already bound number returns the existing binding.
   * {@code POST /v1/cities/{city}/utilities/accounts}
   *
   * @throws io.cityservices.core.error.ValidationException if the company is missing or the number
   *     does not match its format (nothing sent)
   * @throws io.cityservices.core.error.NotFoundException ({@code account_not_found}) if the company
   *     has no such account
   */
  UtilityAccount bindAccount(BindAccountRequest request, RequestOptions options);

  /** The asynchronous form of {@link #bindAccount}. */
  CompletableFuture<UtilityAccount> bindAccountAsync(BindAccountRequest request, RequestOptions options);

  /**
   * The citizen's bound accounts in this city. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/accounts}
   */
  List<UtilityAccount> listAccounts(RequestOptions options);

  /** The asynchronous form of {@link #listAccounts}. */
  CompletableFuture<List<UtilityAccount>> listAccountsAsync(RequestOptions options);

  /**
   * Unbinds an account. Idempotent: unbinding an unbound account succeeds.
   * {@code DELETE /v1/cities/{city}/utilities/accounts/{account_id}}
   *
   * @throws io.cityservices.core.error.ConflictException ({@code payment_in_progress}) while one of its
   *     bills is being paid
   */
  void unbindAccount(String accountId, RequestOptions options);

  /** The asynchronous form of {@link #unbindAccount}. */
  CompletableFuture<Void> unbindAccountAsync(String accountId, RequestOptions options);

  // --- bills -----------------------------------------------------------------------------------

  /**
   * A page of bills of one account or of all the citizen's accounts, newest period first. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/bills?account_id=&status=&limit=&cursor=}
   */
  Page<Bill> listBills(ListBillsRequest request, RequestOptions options);

  /** The asynchronous form of {@link #listBills}. */
  CompletableFuture<Page<Bill>> listBillsAsync(ListBillsRequest request, RequestOptions options);

  /** Every bill matching {@code request}, fetching pages lazily as iteration reaches them. */
  PagedIterable<Bill> listAllBills(ListBillsRequest request, RequestOptions options);

  /**
   * One bill. Idempotent. {@code GET /v1/cities/{city}/utilities/bills/{bill_id}}
   *
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such bill
   */
  Bill getBill(String billId, RequestOptions options);

  /** The asynchronous form of {@link #getBill}. */
  CompletableFuture<Bill> getBillAsync(String billId, RequestOptions options);

  // --- payments --------------------------------------------------------------------------------

  /**
   * Pays one or several bills in one payment. Checked first: the amount must be positive and equal
   * the bills' total due, each bill must be payable and listed once. Idempotent through its
   * {@code Idempotency-Key}: the transport reuses the key on every retry, so a retry after a lost
   * response returns the first payment instead of paying twice. Pass your own key (e.g. your order
   * id) in {@code options} to stay idempotent across process restarts.
   * {@code POST /v1/cities/{city}/utilities/payments}
   *
   * @throws io.cityservices.core.error.ValidationException on a bad request (nothing sent), or the
   *     platform's {@code 422 amount_mismatch} when a bill's amount changed meanwhile
   * @throws io.cityservices.core.error.ConflictException {@code bill_already_paid} if a bill is already
   *     paid or being paid (never a second charge)
   */
  Payment payBills(PayBillsRequest request, RequestOptions options);

  /** The asynchronous form of {@link #payBills}. */
  CompletableFuture<Payment> payBillsAsync(PayBillsRequest request, RequestOptions options);

  /**
   * Tops up a prepaid account. Idempotent through its {@code Idempotency-Key}, like
   * {@link #payBills}. {@code POST /v1/cities/{city}/utilities/accounts/{account_id}/top-ups}
   *
   * @throws io.cityservices.core.error.ValidationException if the amount is not positive (nothing
   *     sent)
   * @throws io.cityservices.core.error.ConflictException {@code not_prepaid} if the account is postpaid
   */
  Payment topUp(TopUpRequest request, RequestOptions options);

  /** The asynchronous form of {@link #topUp}. */
  CompletableFuture<Payment> topUpAsync(TopUpRequest request, RequestOptions options);

  /**
   * A payment and its status. Idempotent. {@code GET /v1/cities/{city}/utilities/payments/{payment_id}}
   *
   * @throws io.cityservices.core.error.NotFoundException if the citizen has no such payment
   */
  Payment getPayment(String paymentId, RequestOptions options);

  /** The asynchronous form of {@link #getPayment}. */
  CompletableFuture<Payment> getPaymentAsync(String paymentId, RequestOptions options);

  /**
   * The receipt of a successful payment. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/payments/{payment_id}/receipt}
   *
   * @throws io.cityservices.core.error.NotFoundException if there is no such payment
   * @throws io.cityservices.core.error.ConflictException {@code receipt_not_available} while the
   *     payment has not succeeded
   */
  PaymentReceipt getReceipt(String paymentId, RequestOptions options);

  /** The asynchronous form of {@link #getReceipt}. */
  CompletableFuture<PaymentReceipt> getReceiptAsync(String paymentId, RequestOptions options);

  /**
   * A page of the citizen's utility payments, newest first. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/payments?limit=&cursor=}
   */
  Page<Payment> listPayments(ListPaymentsRequest request, RequestOptions options);

  /** The asynchronous form of {@link #listPayments}. */
  CompletableFuture<Page<Payment>> listPaymentsAsync(ListPaymentsRequest request, RequestOptions options);

  /** The whole payment history, fetching pages lazily. */
  PagedIterable<Payment> listAllPayments(ListPaymentsRequest request, RequestOptions options);

  // --- usage -----------------------------------------------------------------------------------

  /**
   * The usage of an account over whole months, as interval readings. Idempotent.
   * {@code GET /v1/cities/{city}/utilities/accounts/{account_id}/usage?from=&to=&granularity=}
   *
   * @throws io.cityservices.core.error.ValidationException if {@code to} is before {@code from} or the
   *     span is too long for the granularity (nothing sent)
   */
  UsageReport getUsage(UsageRequest request, RequestOptions options);

  /** The asynchronous form of {@link #getUsage}. */
  CompletableFuture<UsageReport> getUsageAsync(UsageRequest request, RequestOptions options);
}
