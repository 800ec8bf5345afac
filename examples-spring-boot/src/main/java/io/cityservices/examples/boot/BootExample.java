package io.cityservices.examples.boot;

import io.cityservices.core.RequestOptions;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import java.util.Map;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application whose SDK set-up is {@code application.yml} alone: the starter makes
 * the {@code CityServices} client and a {@link TrafficClient} for the default city, and this
 * application only uses them. Run with {@code ./mvnw -pl examples-spring-boot -am exec:java}.
 */
@SpringBootApplication
public class BootExample {

  /**
   * Prints how many vehicle inspection stations the default city has, once the application is up.
   *
   * @param traffic the client the starter made for {@code cityservices.default-city}
   * @return the runner
   */
  @Bean
  ApplicationRunner inspectionStations(TrafficClient traffic) {
    return args ->
        System.out.println(
            traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()).data().size()
                + " inspection stations in the default city");
  }

  /**
   * Starts the in-process sandbox, then the application against it, then stops both.
   *
   * @param args passed to Spring Boot
   */
  public static void main(String[] args) {
    try (CitySandbox sandbox = CitySandbox.start();
        ConfigurableApplicationContext context = start(sandbox, args)) {
      System.out.println(
          "Started " + context.getDisplayName() + " against the sandbox at " + sandbox.baseUrl());
    }
  }

  /**
   * Starts the application against {@code sandbox}, whose address and app credentials fill the
   * {@code sandbox.*} placeholders of {@code application.yml}.
   *
   * @param sandbox a running sandbox
   * @param args passed to Spring Boot
   * @return the running application
   */
  static ConfigurableApplicationContext start(CitySandbox sandbox, String... args) {
    Map<String, Object> sandboxProperties =
        Map.of(
            "sandbox.base-url", sandbox.baseUrl(),
            "sandbox.client-id", sandbox.defaultApp().clientId(),
            "sandbox.key-id", sandbox.defaultApp().keyId(),
            "sandbox.private-key", sandbox.defaultApp().privateKeyPem());
    return new SpringApplicationBuilder(BootExample.class).properties(sandboxProperties).run(args);
  }
}
