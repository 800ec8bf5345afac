package io.cityservices.health.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.health.AppointmentsApi;
import io.cityservices.health.HealthClient;
import io.cityservices.health.HospitalsApi;
import io.cityservices.health.PatientsApi;
import io.cityservices.health.SlotsApi;
import java.util.Objects;

/** The {@link HealthClient} over the shared transport. Internal: use {@link HealthClient#create}. */
public final class DefaultHealthClient implements HealthClient {
  private final CityCode city;
  private final HospitalsApi hospitals;
  private final SlotsApi slots;
  private final PatientsApi patients;
  private final AppointmentsApi appointments;

  /** Made by {@link HealthClient#create}; not for applications. */
  public DefaultHealthClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city, HealthErrors::translate);
    this.hospitals = new DefaultHospitalsApi(calls);
    this.slots = new DefaultSlotsApi(calls);
    this.patients = new DefaultPatientsApi(calls);
    this.appointments = new DefaultAppointmentsApi(calls);
  }

  @Override
  public HospitalsApi hospitals() {
    return hospitals;
  }

  @Override
  public SlotsApi slots() {
    return slots;
  }

  @Override
  public PatientsApi patients() {
    return patients;
  }

  @Override
  public AppointmentsApi appointments() {
    return appointments;
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public String toString() {
    return "HealthClient[city=" + city + "]";
  }
}
