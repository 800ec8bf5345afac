package io.cityservices.marriage;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every marriage operation with statuses and codes marriage.yaml lists. */
class MarriageProblemsTest extends DepartmentProblemsTest {
  MarriageProblemsTest() {
    super("marriage");
  }
}
