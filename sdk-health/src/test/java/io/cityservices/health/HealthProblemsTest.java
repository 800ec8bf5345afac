package io.cityservices.health;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every health operation with statuses and codes health.yaml lists. */
class HealthProblemsTest extends DepartmentProblemsTest {
  HealthProblemsTest() {
    super("health");
  }
}
