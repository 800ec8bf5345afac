package io.cityservices.testkit;

import io.cityservices.testkit.traffic.TrafficSandbox;
import io.cityservices.core.model.CityCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.testkit.junit.CitySandboxTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@CitySandboxTest(seed = 99)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
  CitySandbox field;

  @Test
  @Order(1)
  void injectsTheSameSandboxAsFieldAndParameter(CitySandbox parameter) {
    assertThat(field).isSameAs(parameter);
    assertThat(field.seed().seed()).isEqualTo(99);
    assertThat(field.baseUrl()).startsWith("http://127.0.0.1:");
    field.faults().unavailable(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT);
  }

  @Test
  @Order(2)
  void sharesTheSandboxButResetsFaultsBetweenTests() {
    assertThat(field.faults().forDepartment(new Department(CityCode.SHANGHAI, TrafficSandbox.DEPARTMENT))).isEmpty();
  }

  @Test
  @Order(3)
  @CitySandboxTest(seed = 5)
  void methodAnnotationGivesAFreshSandbox(CitySandbox fresh) {
    assertThat(fresh.seed().seed()).isEqualTo(5);
    assertThat(fresh).isSameAs(field);
  }
}
