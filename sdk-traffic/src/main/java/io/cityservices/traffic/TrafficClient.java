package io.cityservices.traffic;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.traffic.internal.DefaultTrafficClient;

/**
 * The traffic services of one city: violations and fines, the driving licence, vehicles, annual
 * inspections and road conditions. Made from the shared {@link CityServices} entry object, whose
 * transport, auth and configuration it uses; thread-safe and cheap, so make one per city.
 *
 * <pre>{@code
 * TrafficClient traffic = TrafficClient.create(services, CityCode.SHANGHAI);
 * RequestOptions asCitizen = RequestOptions.forCitizen(token);
 * for (Violation v : traffic.violations().listAll(
 *     ViolationQuery.ownVehicles().payable().build(), asCitizen)) {
 *   FinePayment paid = traffic.fines().pay(v, asCitizen);
 * }
 * }</pre>
 *
 * <p>An interface so that applications can mock it in their own tests.
 */
public interface TrafficClient {

  /**
   * A client for the entry object's default city.
   *
   * @param services the shared entry object; its transport and auth are used
   * @return a new client for the default city
   * @throws IllegalStateException if the entry object has no default city
   */
  static TrafficClient create(CityServices services) {
    return create(
        services,
        services.defaultCity().orElseThrow(
            () -> new IllegalStateException("no default city configured: use create(services, city)")));
  }

  /**
   * A client for {@code city}.
   *
   * @param services the shared entry object; its transport and auth are used
   * @param city the city every call addresses
   * @return a new client for {@code city}
   * @throws NullPointerException if {@code services} or {@code city} is null
   */
  static TrafficClient create(CityServices services, CityCode city) {
    return new DefaultTrafficClient(services, city);
  }

  /**
   * The city this client addresses.
   *
   * @return the city given at creation, or the entry object's default city
   */
  CityCode city();

  /**
   * Violations of a vehicle or of the citizen's licence.
   *
   * @return the violations API of this client's city
   */
  ViolationsApi violations();

  /**
   * Paying fines.
   *
   * @return the fines API of this client's city
   */
  FinesApi fines();

  /**
   * The citizen's driving licence.
   *
   * @return the driving licence API of this client's city
   */
  LicenceApi licence();

  /**
   * The citizen's vehicles.
   *
   * @return the vehicles API of this client's city
   */
  VehiclesApi vehicles();

  /**
   * Annual-inspection stations, slots and bookings.
   *
   * @return the inspections API of this client's city
   */
  InspectionsApi inspections();

  /**
   * Road condition events.
   *
   * @return the road conditions API of this client's city
   */
  RoadConditionsApi roadConditions();
}
