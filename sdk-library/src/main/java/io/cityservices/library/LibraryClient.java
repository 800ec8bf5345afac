package io.cityservices.library;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.library.internal.DefaultLibraryClient;

/**
 * The library service of one city: its libraries, the union catalogue, the citizen's reader card,
 * loans and renewals, holds, and fines. Thread-safe; an interface so that applications can mock it.
 *
 * <pre>{@code
 * LibraryClient library = LibraryClient.create(services, CityCode.SHANGHAI);
 * RequestOptions asCitizen = RequestOptions.forCitizen(token);
 * ReaderAccount account = library.account().get(asCitizen);
 * for (Loan loan : account.loansDueWithin(LocalDate.now(), 3)) {
 *   if (library.loans().renewability(loan.id(), asCitizen).renewable()) {
 *     library.loans().renew(loan.id(), asCitizen);
 *   }
 * }
 * }</pre>
 *
 * <p>Every operation has a blocking form and an asynchronous form ({@code ...Async}) that completes
 * with the same result or, exceptionally, with the same exception. Operations acting for a citizen
 * need {@link RequestOptions} carrying that citizen's token ({@link RequestOptions#forCitizen});
 * without one they fail with a {@link io.cityservices.core.error.ValidationException} and nothing is
 * sent.
 *
 * <p>Errors common to all operations: {@link io.cityservices.core.error.ValidationException} for a bad
 * request (before sending, or the platform's 400/422),
 * {@link io.cityservices.core.error.AuthenticationException} for a missing or expired token,
 * {@link io.cityservices.core.error.NotFoundException} for an unknown id,
 * {@link io.cityservices.core.error.ServiceNotOfferedException} for a city without a library service,
 * {@link io.cityservices.core.error.DepartmentUnavailableException} while the city's library system
 * is down, {@link io.cityservices.core.error.RateLimitedException},
 * {@link io.cityservices.core.error.TransportException} and
 * {@link io.cityservices.core.error.SignatureException}.
 */
public interface LibraryClient {

  /**
   * A client for the entry object's default city.
   *
   * @param services the configured entry object; its default city is used
   * @return a client bound to that city
   * @throws IllegalStateException if {@code services} has no default city
   */
  static LibraryClient create(CityServices services) {
    return create(services, services.defaultCity()
        .orElseThrow(() -> new IllegalStateException("CityServices has no default city; pass one")));
  }

  /**
   * A client for {@code city}.
   *
   * @param services the configured entry object
   * @param city the city to address
   * @return a client bound to {@code city}
   */
  static LibraryClient create(CityServices services, CityCode city) {
    return new DefaultLibraryClient(services, city);
  }

  /**
   * The city this client addresses.
   *
   * @return the city code, fixed at creation
   */
  CityCode city();

  /**
   * The city's libraries: public reference data.
   *
   * @return the libraries API
   */
  LibrariesApi libraries();

  /**
   * The union catalogue: search, records and copies.
   *
   * @return the catalogue API
   */
  CatalogueApi catalogue();

  /**
   * The citizen's reader card: apply for one, read it.
   *
   * @return the reader-card API
   */
  CardsApi cards();

  /**
   * The citizen's whole account (card, loans, holds, charges) in one call.
   *
   * @return the account API
   */
  AccountApi account();

  /**
   * The citizen's loans and their renewal.
   *
   * @return the loans API
   */
  LoansApi loans();

  /**
   * The citizen's holds: place, cancel, suspend.
   *
   * @return the holds API
   */
  HoldsApi holds();

  /**
   * The citizen's fines and fees, and paying them.
   *
   * @return the charges API
   */
  ChargesApi charges();
}
