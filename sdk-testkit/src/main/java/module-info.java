/**
 * The City Services sandbox: a stateful simulation of the platform on WireMock for tests, with the
 * JUnit 5 extension ({@code @CitySandboxTest}) and the simulated departments. Service modules are
 * {@link io.cityservices.testkit.SandboxModule}s found through {@link java.util.ServiceLoader}.
 */
// WireMock's standalone jar has no module descriptor (its name comes from the file name); it is
// in the API (CitySandbox#requests, Faults' network faults, PlatformStub#server), hence transitive.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.cityservices.testkit {
  // @NullMarked / @Nullable come through wiremock.standalone, which embeds org.jspecify.annotations
  // unrelocated: requiring org.jspecify as well would make that package split.
  // In public signatures: the data model, ObjectMapper/JsonNode, WireMock's types, JUnit's extension API.
  requires transitive io.cityservices.core;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive wiremock.standalone;
  requires transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires okhttp3.tls;
  requires org.junit.platform.commons;
  requires org.slf4j;

  exports io.cityservices.testkit;
  exports io.cityservices.testkit.junit;
  exports io.cityservices.testkit.exitentry;
  exports io.cityservices.testkit.health;
  exports io.cityservices.testkit.library;
  exports io.cityservices.testkit.marriage;
  exports io.cityservices.testkit.socialinsurance;
  exports io.cityservices.testkit.traffic;
  exports io.cityservices.testkit.utilities;

  // Request bodies, responses and events are bound by Jackson reflectively.
  opens io.cityservices.testkit to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.exitentry to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.health to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.library to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.marriage to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.socialinsurance to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.traffic to com.fasterxml.jackson.databind;
  opens io.cityservices.testkit.utilities to com.fasterxml.jackson.databind;

  uses io.cityservices.testkit.SandboxModule;

  provides io.cityservices.testkit.SandboxModule with
      io.cityservices.testkit.traffic.TrafficSandbox,
      io.cityservices.testkit.utilities.UtilitiesSandbox,
      io.cityservices.testkit.health.HealthSandboxModule,
      io.cityservices.testkit.marriage.MarriageSandboxModule,
      io.cityservices.testkit.library.LibrarySandboxModule,
      io.cityservices.testkit.socialinsurance.SocialInsuranceSandboxModule,
      io.cityservices.testkit.exitentry.ExitEntrySandboxModule;
}
