package io.cityservices.library;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for library. */
class LibraryConventionsTest extends DepartmentConventionsTest {
  LibraryConventionsTest() {
    super("io.cityservices.library");
  }
}
