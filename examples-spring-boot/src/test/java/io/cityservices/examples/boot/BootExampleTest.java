package io.cityservices.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The example boots from its application.yml against the sandbox and its clients make calls. */
class BootExampleTest {

  @Test
  void theApplicationStartsFromItsYamlAndItsTrafficClientCallsTheSandbox() {
    try (CitySandbox sandbox = CitySandbox.start();
        ConfigurableApplicationContext context = BootExample.start(sandbox)) {
      CityServices city = context.getBean(CityServices.class);
      assertThat(city.configuration().baseUrl()).isEqualTo(sandbox.baseUrl());
      TrafficClient traffic = context.getBean(TrafficClient.class);

      assertThat(traffic.inspections().listStations(StationQuery.inCity(), RequestOptions.none()).data())
          .isNotEmpty();
      // The runner's call and this one reached the sandbox for Shanghai, the yml's default city.
      assertThat(sandbox.requests())
          .filteredOn(r -> r.getUrl().startsWith("/v1/cities/310000/traffic/inspection-stations"))
          .isNotEmpty();
    }
  }
}
