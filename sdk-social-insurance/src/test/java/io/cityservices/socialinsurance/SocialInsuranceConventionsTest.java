package io.cityservices.socialinsurance;

import io.cityservices.conventions.DepartmentConventionsTest;

/** The department conventions (async twins, paging, immutability, masking, dependencies) for social insurance. */
class SocialInsuranceConventionsTest extends DepartmentConventionsTest {
  SocialInsuranceConventionsTest() {
    super("io.cityservices.socialinsurance");
  }
}
