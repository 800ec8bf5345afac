package io.cityservices.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.random.RandomGenerator;

/** What the sandbox gives a {@link SandboxModule} to build on. */
public interface SandboxContext {
  /**
   * The router to register routes on.
   *
   * @return the sandbox's one router, shared by every module
   */
  Router router();

  /**
   * The seeded cities and citizens.
   *
   * @return the seeded data, fixed by the sandbox's seed
   */
  SeedData seed();

  /**
   * A random generator for this module's seeded data, fixed by the sandbox's seed and the module's name.
   *
   * @return a new generator at the start of the module's sequence
   */
  RandomGenerator random();

  /**
   * The controllable clock; use it for every timestamp and expiry.
   *
   * @return the sandbox's clock
   */
  SandboxClock clock();

  /**
   * Publishes platform events (delivered to webhooks).
   *
   * @return the sandbox's event bus
   */
  Events events();

  /**
   * The platform's JSON mapper: snake_case, java.time as RFC 3339, unknown properties ignored.
   *
   * @return the mapper handlers' bodies are written with
   */
  ObjectMapper mapper();

  /**
   * The sandbox's base URL, e.g. {@code http://127.0.0.1:54321}.
   *
   * @return the scheme, loopback address and port, without a trailing slash
   */
  String baseUrl();

  /**
   * Makes this module's seeded data reachable by tests through {@link CitySandbox#data(Class)}, e.g.
   * {@code context.provide(TrafficData.class, data)}.
   *
   * @param <T> the type tests ask for
   * @param type the class tests pass to {@code data}; one object per class, a later call replaces it
   * @param data the object, not null
   */
  <T> void provide(Class<T> type, T data);
}
