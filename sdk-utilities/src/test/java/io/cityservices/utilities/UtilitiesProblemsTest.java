package io.cityservices.utilities;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every utilities operation with statuses and codes utilities.yaml lists. */
class UtilitiesProblemsTest extends DepartmentProblemsTest {
  UtilitiesProblemsTest() {
    super("utilities");
  }
}
