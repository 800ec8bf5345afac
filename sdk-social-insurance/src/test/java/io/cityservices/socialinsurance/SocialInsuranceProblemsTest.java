package io.cityservices.socialinsurance;

import io.cityservices.conventions.DepartmentProblemsTest;

/** The sandbox answers faults on every social-insurance operation with statuses and codes social-insurance.yaml lists. */
class SocialInsuranceProblemsTest extends DepartmentProblemsTest {
  SocialInsuranceProblemsTest() {
    super("social-insurance");
  }
}
