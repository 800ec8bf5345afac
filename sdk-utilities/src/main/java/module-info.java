/** The City Services SDK for the utilities department; see the module's README. */
module io.cityservices.utilities {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because
  // @Nullable is part of the exported API, so readers of this module can see it.
  requires static transitive org.jspecify;
  requires transitive io.cityservices.core;
  requires com.fasterxml.jackson.annotation;

  exports io.cityservices.utilities;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.utilities;
  opens io.cityservices.utilities.internal;

  provides io.cityservices.core.overview.OverviewContributor with
      io.cityservices.utilities.internal.UtilitiesOverviewContributor;
}
