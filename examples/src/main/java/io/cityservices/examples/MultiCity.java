package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.model.CityCode;
import io.cityservices.health.HealthClient;
import io.cityservices.health.HospitalQuery;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxApp;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.utilities.UtilitiesClient;
import java.io.PrintStream;
import java.util.List;

/**
 * Several apps and several cities in one JVM: each app has its own {@link CityServices} (its own
 * credentials, tokens, breakers and caches), and each module client addresses one city. The
 * catalog says which city offers what; calling a service a city lacks fails before anything is
 * sent.
 */
public final class MultiCity {

  private MultiCity() {}

  public static void main(String[] args) {
    ExampleEnvironment.run("Several apps, several cities", MultiCity::run);
  }

  public static void run(ExampleEnvironment env, PrintStream out) {
    CityServices first = env.client();
    Catalog catalog = first.catalog();
    out.println("The platform's catalog:");
    for (Catalog.CityEntry city : catalog.cities()) {
      out.printf("  %s %-4s offers %s%n", city.cityCode(), city.name(), String.join(", ", city.services()));
    }
    env.sandbox().ifPresentOrElse(
        sandbox -> {
          try (CityServices second = secondApp(sandbox)) {
            tour("app " + sandbox.defaultApp().clientId(), first, List.of(CityCode.SHANGHAI, CityCode.HANGZHOU), out);
            tour("app second-app", second, List.of(CityCode.SHENZHEN, CityCode.GUANGZHOU), out);
          }
        },
        () -> tour("this app", first, catalog.cities().stream().map(c -> CityCode.of(c.cityCode())).toList(), out));
  }

  private static CityServices secondApp(CitySandbox sandbox) {
    SandboxApp app = sandbox.registerApp("second-app");
    return CityServices.builder().baseUrl(sandbox.baseUrl()).credentials(app.credentials()).build();
  }

  private static void tour(String app, CityServices services, List<CityCode> cities, PrintStream out) {
    for (CityCode city : cities) {
      out.printf("%s in %s:%n", app, city.displayName().orElse(city.value()));
      int stations = TrafficClient.create(services, city).inspections()
          .listStations(StationQuery.inCity(), RequestOptions.none()).data().size();
      int companies = UtilitiesClient.create(services, city).companies().list(null, RequestOptions.none()).size();
      out.printf("  traffic: %d inspection stations; utilities: %d companies%n", stations, companies);
      try {
        int hospitals = HealthClient.create(services, city).hospitals()
            .list(HospitalQuery.all(), RequestOptions.none()).data().size();
        out.printf("  health: %d hospitals%n", hospitals);
      } catch (ServiceNotOfferedException e) {
        out.printf("  health: not offered here, refused before sending (%s)%n", e.code());
      }
    }
  }
}
