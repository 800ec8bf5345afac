package io.cityservices.traffic;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for traffic. */
class TrafficConventionsTest extends DepartmentConventionsTest {
  TrafficConventionsTest() {
    super("io.cityservices.traffic");
  }
}
