/** The City Services SDK for the marriage department; see the module's README. */
module io.cityservices.marriage {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because they are
  // part of the public signatures, for the users' nullness checkers.
  requires static transitive org.jspecify;
  requires transitive io.cityservices.core;
  requires com.fasterxml.jackson.annotation;

  exports io.cityservices.marriage;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.marriage;

  provides io.cityservices.core.overview.OverviewContributor with
      io.cityservices.marriage.internal.MarriageOverviewContributor;
}
