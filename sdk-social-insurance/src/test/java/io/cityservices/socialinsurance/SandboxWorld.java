package io.cityservices.socialinsurance;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.socialinsurance.Profile;
import io.cityservices.testkit.socialinsurance.SocialInsuranceSandbox;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox on a fixed clock (20 November 2026, 10:00 in Beijing: October is posted, November is paid
 * but not posted, next year's residents' medical premium is being collected), with SDK clients that
 * share its clock. One per test, so each test starts from the seeded data and its own clock.
 */
final class SandboxWorld implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);

  final SandboxClock clock = SandboxClock.fixed(NOW);
  final CitySandbox sandbox = CitySandbox.builder().seed(42).clock(clock).build().start();
  final SocialInsuranceSandbox agency = sandbox.data(SocialInsuranceSandbox.class);
  private final List<CityServices> clients = new ArrayList<>();

  CityServices services(CityCode city) {
    return services(city, CityServices.builder());
  }

  /** A client for {@code city} built from {@code builder}, e.g. one carrying a recording HTTP client. */
  CityServices services(CityCode city, CityServices.Builder builder) {
    CityServices services = builder
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(city)
        .clock(clock)
        .build();
    clients.add(services);
    return services;
  }

  SocialInsuranceClient client(CityCode city) {
    return SocialInsuranceClient.create(services(city));
  }

  /** Logs the citizen in through the authorisation-code flow; the token carries the social_insurance scope. */
  RequestOptions login(Citizen citizen) {
    return RequestOptions.forCitizen(SandboxLogin.citizenToken(services(citizen.city()), citizen.id()));
  }

  Citizen citizen(CityCode city, Profile profile) {
    return agency.citizen(city, profile);
  }

  List<Event> events(String type) {
    return sandbox.events().published().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Override
  public void close() {
    clients.forEach(CityServices::close);
    sandbox.close();
  }
}
