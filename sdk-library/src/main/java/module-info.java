/** The City Services SDK for the library department; see the module's README. */
module io.cityservices.library {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because
  // @Nullable is part of the exported API, so readers of this module can see it.
  requires static transitive org.jspecify;
  requires transitive io.cityservices.core;
  requires com.fasterxml.jackson.annotation;

  exports io.cityservices.library;

  // Records and wire types are bound by Jackson and checked by Hibernate Validator reflectively.
  opens io.cityservices.library;
  opens io.cityservices.library.internal;

  provides io.cityservices.core.overview.OverviewContributor with
      io.cityservices.library.internal.LibraryOverviewContributor;
}
