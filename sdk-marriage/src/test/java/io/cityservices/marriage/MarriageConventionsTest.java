package io.cityservices.marriage;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for marriage. */
class MarriageConventionsTest extends DepartmentConventionsTest {
  MarriageConventionsTest() {
    super("io.cityservices.marriage");
  }
}
