package io.cityservices.testkit;

/**
 * A piece of the simulated platform: registers routes (with their {@link RouteFlags}) and seeds its
 * own data. Service modules are found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.cityservices.testkit.SandboxModule}, so the testkit never depends on
 * them; tests can also add modules with {@link CitySandbox.Builder#module(SandboxModule)}.
 *
 * <p>Implementations need a public no-argument constructor for the service loader, and must keep all
 * state in the instance (one instance per sandbox).
 */
public interface SandboxModule {
  /** A stable name; it also derives the module's random generator from the seed. */
  default String name() {
    return getClass().getName();
  }

  /** Registers routes and seeds data. Called once, after the server is listening. */
  void register(SandboxContext context);

  /** Called by {@link CitySandbox#reset()} between tests to forget what tests changed. Default: nothing. */
  default void reset() {}
}
