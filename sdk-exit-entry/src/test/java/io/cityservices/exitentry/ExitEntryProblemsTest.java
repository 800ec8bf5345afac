package io.cityservices.exitentry;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every exit-entry operation with statuses and codes exit-entry.yaml lists. */
class ExitEntryProblemsTest extends DepartmentProblemsTest {
  ExitEntryProblemsTest() {
    super("exit-entry");
  }
}
