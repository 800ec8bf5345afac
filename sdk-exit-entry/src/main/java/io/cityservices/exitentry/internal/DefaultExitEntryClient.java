package io.cityservices.exitentry.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.exitentry.ApplicationsApi;
import io.cityservices.exitentry.AppointmentsApi;
import io.cityservices.exitentry.DocumentsApi;
import io.cityservices.exitentry.EndorsementTypesApi;
import io.cityservices.exitentry.ExitEntryClient;
import io.cityservices.exitentry.OfficesApi;
import io.cityservices.exitentry.SlotsApi;
import java.util.Objects;

/** The {@link ExitEntryClient} over the shared transport. Internal: use {@link ExitEntryClient#create}. */
public final class DefaultExitEntryClient implements ExitEntryClient {
  private final CityCode city;
  private final OfficesApi offices;
  private final EndorsementTypesApi endorsementTypes;
  private final SlotsApi slots;
  private final AppointmentsApi appointments;
  private final ApplicationsApi applications;
  private final DocumentsApi documents;

  /** Made by {@link ExitEntryClient#create}; not for applications. */
  public DefaultExitEntryClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city, ExitEntryErrors::translate);
    this.offices = new DefaultOfficesApi(calls);
    this.endorsementTypes = new DefaultEndorsementTypesApi(calls);
    this.slots = new DefaultSlotsApi(calls);
    this.appointments = new DefaultAppointmentsApi(calls);
    this.applications = new DefaultApplicationsApi(calls);
    this.documents = new DefaultDocumentsApi(calls);
  }

  @Override
  public OfficesApi offices() {
    return offices;
  }

  @Override
  public EndorsementTypesApi endorsementTypes() {
    return endorsementTypes;
  }

  @Override
  public SlotsApi slots() {
    return slots;
  }

  @Override
  public AppointmentsApi appointments() {
    return appointments;
  }

  @Override
  public ApplicationsApi applications() {
    return applications;
  }

  @Override
  public DocumentsApi documents() {
    return documents;
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public String toString() {
    return "ExitEntryClient[city=" + city + "]";
  }
}
