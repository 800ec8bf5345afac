package io.cityservices.library;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every library operation with statuses and codes library.yaml lists. */
class LibraryProblemsTest extends DepartmentProblemsTest {
  LibraryProblemsTest() {
    super("library");
  }
}
