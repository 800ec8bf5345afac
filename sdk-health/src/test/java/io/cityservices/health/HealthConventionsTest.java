package io.cityservices.health;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for health. */
class HealthConventionsTest extends DepartmentConventionsTest {
  HealthConventionsTest() {
    super("io.cityservices.health");
  }
}
