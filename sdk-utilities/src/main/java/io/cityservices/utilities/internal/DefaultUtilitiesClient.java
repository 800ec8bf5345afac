package io.cityservices.utilities.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.utilities.AccountsApi;
import io.cityservices.utilities.BillsApi;
import io.cityservices.utilities.CompaniesApi;
import io.cityservices.utilities.PaymentsApi;
import io.cityservices.utilities.UsageApi;
import io.cityservices.utilities.UtilitiesClient;
import java.util.Objects;

/** The {@link UtilitiesClient} over the shared transport. Internal: use {@link UtilitiesClient#create}. */
public final class DefaultUtilitiesClient implements UtilitiesClient {

  private final CityCode city;
  private final CompaniesApi companies;
  private final AccountsApi accounts;
  private final BillsApi bills;
  private final PaymentsApi payments;
  private final UsageApi usage;

  /**
   * Use {@link UtilitiesClient#create(CityServices, CityCode)}.
   *
   * @param services the shared entry object whose executor the calls go through
   * @param city the city every call addresses
   * @throws NullPointerException if an argument is null
   */
  public DefaultUtilitiesClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city);
    this.companies = new DefaultCompaniesApi(calls);
    this.accounts = new DefaultAccountsApi(calls);
    this.bills = new DefaultBillsApi(calls);
    this.payments = new DefaultPaymentsApi(calls);
    this.usage = new DefaultUsageApi(calls);
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public CompaniesApi companies() {
    return companies;
  }

  @Override
  public AccountsApi accounts() {
    return accounts;
  }

  @Override
  public BillsApi bills() {
    return bills;
  }

  @Override
  public PaymentsApi payments() {
    return payments;
  }

  @Override
  public UsageApi usage() {
    return usage;
  }

  @Override
  public String toString() {
    return "UtilitiesClient[city=" + city + "]";
  }
}
