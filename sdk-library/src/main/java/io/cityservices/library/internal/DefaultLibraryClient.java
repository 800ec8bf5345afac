package io.cityservices.library.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.library.AccountApi;
import io.cityservices.library.CardsApi;
import io.cityservices.library.CatalogueApi;
import io.cityservices.library.ChargesApi;
import io.cityservices.library.HoldsApi;
import io.cityservices.library.LibrariesApi;
import io.cityservices.library.LibraryClient;
import io.cityservices.library.LoansApi;
import java.util.Objects;

/** The {@link LibraryClient} over the shared transport. Internal: use {@link LibraryClient#create}. */
public final class DefaultLibraryClient implements LibraryClient {

  private final CityCode city;
  private final LibrariesApi libraries;
  private final CatalogueApi catalogue;
  private final CardsApi cards;
  private final AccountApi account;
  private final LoansApi loans;
  private final HoldsApi holds;
  private final ChargesApi charges;

  /** Use {@link LibraryClient#create(CityServices, CityCode)}. */
  public DefaultLibraryClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city, LibraryErrors::translate);
    this.libraries = new DefaultLibrariesApi(calls);
    this.catalogue = new DefaultCatalogueApi(calls);
    this.cards = new DefaultCardsApi(calls);
    this.account = new DefaultAccountApi(calls);
    this.loans = new DefaultLoansApi(calls);
    this.holds = new DefaultHoldsApi(calls);
    this.charges = new DefaultChargesApi(calls);
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public LibrariesApi libraries() {
    return libraries;
  }

  @Override
  public CatalogueApi catalogue() {
    return catalogue;
  }

  @Override
  public CardsApi cards() {
    return cards;
  }

  @Override
  public AccountApi account() {
    return account;
  }

  @Override
  public LoansApi loans() {
    return loans;
  }

  @Override
  public HoldsApi holds() {
    return holds;
  }

  @Override
  public ChargesApi charges() {
    return charges;
  }

  @Override
  public String toString() {
    return "LibraryClient[city=" + city + "]";
  }
}
