package io.cityservices.marriage.internal;

import io.cityservices.core.CityServices;
import io.cityservices.core.http.ServiceCalls;
import io.cityservices.core.model.CityCode;
import io.cityservices.marriage.BookingTypesApi;
import io.cityservices.marriage.BookingsApi;
import io.cityservices.marriage.MarriageClient;
import io.cityservices.marriage.OfficesApi;
import io.cityservices.marriage.SlotsApi;
import java.util.Objects;

/** The {@link MarriageClient} over the shared transport. Internal: use {@link MarriageClient#create}. */
public final class DefaultMarriageClient implements MarriageClient {
  private final CityCode city;
  private final OfficesApi offices;
  private final SlotsApi slots;
  private final BookingTypesApi bookingTypes;
  private final BookingsApi bookings;

  /** Made by {@link MarriageClient#create}; not for applications. */
  public DefaultMarriageClient(CityServices services, CityCode city) {
    Objects.requireNonNull(services, "services");
    this.city = Objects.requireNonNull(city, "city");
    ServiceCalls calls = new ServiceCalls(services.apiExecutor(), city, MarriageErrors::translate);
    this.offices = new DefaultOfficesApi(calls);
    this.slots = new DefaultSlotsApi(calls);
    this.bookingTypes = new DefaultBookingTypesApi(calls);
    this.bookings = new DefaultBookingsApi(calls);
  }

  @Override
  public OfficesApi offices() {
    return offices;
  }

  @Override
  public SlotsApi slots() {
    return slots;
  }

  @Override
  public BookingTypesApi bookingTypes() {
    return bookingTypes;
  }

  @Override
  public BookingsApi bookings() {
    return bookings;
  }

  @Override
  public CityCode city() {
    return city;
  }

  @Override
  public String toString() {
    return "MarriageClient[city=" + city + "]";
  }
}
