package io.cityservices.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.random.RandomGenerator;

/** What the sandbox gives a {@link SandboxModule} to build on. */
public interface SandboxContext {
  /** The router to register routes on. */
  Router router();

  /** The seeded cities and citizens. */
  SeedData seed();

  /** A random generator for this module's seeded data, fixed by the sandbox's seed and the module's name. */
  RandomGenerator random();

  /** The controllable clock; use it for every timestamp and expiry. */
  SandboxClock clock();

  /** Publishes platform events (delivered to webhooks). */
  Events events();

  /** The platform's JSON mapper: snake_case, java.time as RFC 3339, unknown properties ignored. */
  ObjectMapper mapper();

  /** The sandbox's base URL, e.g. {@code http://127.0.0.1:54321}. */
  String baseUrl();

  /**
   * Makes this module's seeded data reachable by tests through {@link CitySandbox#data(Class)}, e.g.
   * {@code context.provide(TrafficData.class, data)}.
   */
  <T> void provide(Class<T> type, T data);
}
