/**
 * Micrometer observations of the SDK's calls, attempts and circuit breaker transitions, through
 * sdk-core's interceptor and listener SPI.
 */
// Micrometer's jars are automatic modules (Automatic-Module-Name micrometer.observation and
// micrometer.commons), and their types are in this module's API (ObservationRegistry, KeyValues,
// Observation.Context): reading them, and passing that on, is deliberate.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.cityservices.micrometer {
  // @NullMarked / @Nullable: annotations only, not needed at run time; transitive because @Nullable
  // is part of public signatures, which a module reading this one must be able to see.
  requires static transitive org.jspecify;
  // ExecutionInterceptor and CircuitBreakerListener, implemented here, are in the API.
  requires transitive io.cityservices.core;
  requires transitive micrometer.observation;
  requires transitive micrometer.commons;

  exports io.cityservices.micrometer;
}
