package io.cityservices.utilities;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.utilities.internal.DefaultUtilitiesClient;

/**
 * The utilities service of one city: companies, the citizen's accounts, bills, payments, usage.
 * Thread-safe; an interface so that applications can mock it.
 *
 * <pre>{@code
 * UtilitiesClient utilities = UtilitiesClient.create(services, CityCode.SHANGHAI);
 * RequestOptions asCitizen = RequestOptions.forCitizen(token);
 * UtilityCompany water = utilities.companies().list(UtilityType.WATER, RequestOptions.none()).get(0);
 * UtilityAccount account = utilities.accounts().bind(BindAccountRequest.of(water, accountNumber), asCitizen);
 * List<Bill> due = utilities.bills().list(BillQuery.builder()
 *     .accountId(account.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
 * Payment payment = utilities.payments().pay(PayBillsRequest.of(due), asCitizen);
 * }</pre>
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
   * @param services the shared entry object; its transport and auth are used
   * @return a new client for the default city
   * @throws IllegalStateException if {@code services} has no default city
   */
  static UtilitiesClient create(CityServices services) {
    return create(services, services.defaultCity()
        .orElseThrow(() -> new IllegalStateException("CityServices has no default city; pass one")));
  }

  /**
   * A client for {@code city}.
   *
   * @param services the shared entry object; its transport and auth are used
   * @param city the city every call addresses
   * @return a new client for {@code city}
   * @throws NullPointerException if {@code services} or {@code city} is null
   */
  static UtilitiesClient create(CityServices services, CityCode city) {
    return new DefaultUtilitiesClient(services, city);
  }

  /**
   * The city this client addresses.
   *
   * @return the city given at creation, or the entry object's default city
   */
  CityCode city();

  /**
   * The city's utility companies: public reference data.
   *
   * @return the companies API of this client's city
   */
  CompaniesApi companies();

  /**
   * The citizen's bound accounts (户号): bind, list, unbind.
   *
   * @return the accounts API of this client's city
   */
  AccountsApi accounts();

  /**
   * The citizen's bills.
   *
   * @return the bills API of this client's city
   */
  BillsApi bills();

  /**
   * Paying bills, prepaid top-ups, payments, receipts and the payment history.
   *
   * @return the payments API of this client's city
   */
  PaymentsApi payments();

  /**
   * Usage readings of an account.
   *
   * @return the usage API of this client's city
   */
  UsageApi usage();
}
