/** The City Services SDK for the social-insurance department; see the module's README. */
module io.cityservices.socialinsurance {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because
  // @Nullable is part of the exported API, so readers of this module can see it.
  requires static transitive org.jspecify;
  requires transitive io.cityservices.core;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;

  exports io.cityservices.socialinsurance;
  exports io.cityservices.socialinsurance.fhir;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.socialinsurance;
  opens io.cityservices.socialinsurance.fhir;
  opens io.cityservices.socialinsurance.internal;

  provides io.cityservices.core.overview.OverviewContributor with
      io.cityservices.socialinsurance.internal.SocialInsuranceOverviewContributor;
}
