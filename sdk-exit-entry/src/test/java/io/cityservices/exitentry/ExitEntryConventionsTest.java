package io.cityservices.exitentry;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for exit entry. */
class ExitEntryConventionsTest extends DepartmentConventionsTest {
  ExitEntryConventionsTest() {
    super("io.cityservices.exitentry");
  }
}
