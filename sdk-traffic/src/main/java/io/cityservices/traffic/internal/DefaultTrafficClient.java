package io.cityservices.traffic.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.traffic.FinesApi;
import io.cityservices.traffic.InspectionsApi;
import io.cityservices.traffic.LicenceApi;
import io.cityservices.traffic.RoadConditionsApi;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.VehiclesApi;
import io.cityservices.traffic.ViolationsApi;
import java.util.Objects;

/** The {@link TrafficClient} over the shared transport. Internal: use {@link TrafficClient#create}. */
public final class DefaultTrafficClient implements TrafficClient {

  private final CityCode city;
  private final ViolationsApi violations;
  private final FinesApi fines;
  private final LicenceApi licence;
  private final VehiclesApi vehicles;
  private final InspectionsApi inspections;
  private final RoadConditionsApi roadConditions;

  /**
   * Made by {@link TrafficClient#create}; not for applications.
   *
   * @param services the shared entry object whose executor the calls go through
   * @param city the city every call addresses
   * @throws NullPointerException if an argument is null
   */
  public DefaultTrafficClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city);
    this.violations = new DefaultViolationsApi(calls);
    this.fines = new DefaultFinesApi(calls);
    this.licence = new DefaultLicenceApi(calls);
    this.vehicles = new DefaultVehiclesApi(calls);
    this.inspections = new DefaultInspectionsApi(calls);
    this.roadConditions = new DefaultRoadConditionsApi(calls);
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public ViolationsApi violations() {
    return violations;
  }

  @Override
  public FinesApi fines() {
    return fines;
  }

  @Override
  public LicenceApi licence() {
    return licence;
  }

  @Override
  public VehiclesApi vehicles() {
    return vehicles;
  }

  @Override
  public InspectionsApi inspections() {
    return inspections;
  }

  @Override
  public RoadConditionsApi roadConditions() {
    return roadConditions;
  }

  @Override
  public String toString() {
    return "TrafficClient[city=" + city + "]";
  }
}
