package io.cityservices.utilities;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for utilities. */
class UtilitiesConventionsTest extends DepartmentConventionsTest {
  UtilitiesConventionsTest() {
    super("io.cityservices.utilities");
  }
}
