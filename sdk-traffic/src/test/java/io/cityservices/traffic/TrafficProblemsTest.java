package io.cityservices.traffic;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every traffic operation with statuses and codes traffic.yaml lists. */
class TrafficProblemsTest extends DepartmentProblemsTest {
  TrafficProblemsTest() {
    super("traffic");
  }
}
