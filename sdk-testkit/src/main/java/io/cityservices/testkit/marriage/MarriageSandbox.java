package io.cityservices.testkit.marriage;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import java.util.List;
import java.util.Optional;

/**
 * Test hooks into the simulated marriage-registration platform, reached through {@code
 * sandbox.data(MarriageSandbox.class)}: the seeded offices and release policies, well-known citizens
 * of the marital registry, and the office's side of things (checking a couple in, registering,
 * refusing, reminders, a slot's free places).
 */
public final class MarriageSandbox {
  private final MarriageSandboxModule module;

  MarriageSandbox(MarriageSandboxModule module) {
    this.module = module;
  }

  /**
   * The seeded offices of {@code city}, empty for a city without the service.
   *
   * @param city any city
   * @return the offices in catalogue order
   */
  public List<OfficeRecord> offices(CityCode city) {
    return module.catalog().offices(city.value());
  }

  /**
   * How {@code city} releases its slots.
   *
   * @param city a city offering marriage registration
   * @return the city's policy
   * @throws java.util.NoSuchElementException for a city without the service
   */
  public ReleasePolicy releasePolicy(CityCode city) {
    return module.catalog().release(city.value()).orElseThrow();
  }

  /**
   * An unmarried man and woman of the city, of age and not kin: {@code [man, woman]}.
   *
   * @param city a city offering marriage registration
   * @return two seeded citizens, man first
   */
  public List<Citizen> unmarriedCouple(CityCode city) {
    return unmarriedCouple(city, 0);
  }

  /**
   * The {@code index}-th of the unmarried couples of the city (0 is {@link #unmarriedCouple(CityCode)}).
   *
   * @param city a city offering marriage registration
   * @param index 0 or more; distinct indexes give disjoint couples
   * @return two seeded citizens, man first
   */
  public List<Citizen> unmarriedCouple(CityCode city, int index) {
    MaritalRegistry.Fixtures f = module.state().fixtures(city.value());
    return List.of(f.unmarriedMen().get(index), f.unmarriedWomen().get(index));
  }

  /**
   * A man and a woman of the city married to each other: {@code [husband, wife]}.
   *
   * @param city a city offering marriage registration
   * @return two seeded citizens, husband first
   */
  public List<Citizen> marriedCouple(CityCode city) {
    return module.state().fixtures(city.value()).marriedCouple();
  }

  /**
   * A man of the city married to someone who is not seeded.
   *
   * @param city a city offering marriage registration
   * @return a seeded married man whose spouse is not seeded
   */
  public Citizen marriedElsewhere(CityCode city) {
    return module.state().fixtures(city.value()).marriedElsewhere();
  }

  /**
   * A brother and a sister of the city: {@code [brother, sister]}.
   *
   * @param city a city offering marriage registration
   * @return two seeded siblings, brother first
   */
  public List<Citizen> closeKin(CityCode city) {
    return module.state().fixtures(city.value()).closeKin();
  }

  /**
   * Whether the registry has the holder of {@code idNumber} married.
   *
   * @param idNumber any identity number
   * @return true when the registry records a current marriage
   */
  public boolean isMarried(ResidentIdNumber idNumber) {
    return module.state().isMarried(idNumber);
  }

  /**
   * Records a marriage of the holder of {@code idNumber} registered at an office outside the sandbox
   * (couples may register anywhere in the country), as the national registry would learn of it.
   *
   * @param idNumber the identity number of the person who married
   */
  public void recordMarriageElsewhere(ResidentIdNumber idNumber) {
    module.state().recordMarriageElsewhere(idNumber);
  }

  /**
   * A booking as it stands now (shown from the initiator's side).
   *
   * @param bookingId any booking id
   * @return the booking, or empty when unknown
   */
  public Optional<BookingView> booking(String bookingId) {
    return module.state().anyBooking(bookingId);
  }

  /**
   * Sets how many places of a slot are free, e.g. 0 to see {@code slot_full}.
   *
   * @param city the slot's city
   * @param slotId a released slot's id
   * @param remaining the free places
   * @throws IllegalArgumentException for an unknown slot or a number the held places do not allow
   */
  public void setRemainingCapacity(CityCode city, String slotId, int remaining) {
    module.state().setRemainingCapacity(city.value(), slotId, remaining);
  }

  /**
   * The office registers a checked-in booking: {@code REGISTERED}, and the registry records the marriage
   * (or the divorce).
   *
   * @param bookingId a checked-in booking's id
   * @throws IllegalStateException unless the booking is checked in
   */
  public void register(String bookingId) {
    module.state().register(bookingId);
  }

  /**
   * The office refuses a confirmed or checked-in booking at the desk ({@code REFUSED}); neither party's
   * view says why.
   *
   * @param bookingId a confirmed or checked-in booking's id
   * @throws IllegalStateException unless the booking is confirmed or checked in
   */
  public void refuse(String bookingId) {
    module.state().refuse(bookingId);
  }

  /**
   * Publishes a {@code marriage.booking.reminder} for a booking.
   *
   * @param bookingId a booking's id
   * @throws IllegalArgumentException for an unknown booking
   */
  public void remind(String bookingId) {
    module.publish("marriage.booking.reminder", module.state().existing(bookingId));
  }
}
