/** The City Services SDK for the health department; see the module's README. */
module io.cityservices.health {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because they are
  // part of the public signatures, for the users' nullness checkers.
  requires static transitive org.jspecify;
  requires transitive io.cityservices.core;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.databind;

  exports io.cityservices.health;
  exports io.cityservices.health.fhir;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.health;
  opens io.cityservices.health.fhir;

  provides io.cityservices.core.overview.OverviewContributor with
      io.cityservices.health.internal.HealthOverviewContributor;
}
