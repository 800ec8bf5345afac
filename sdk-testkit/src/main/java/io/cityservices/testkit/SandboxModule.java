package io.cityservices.testkit;

import java.util.List;

/**
 * A piece of the simulated platform: declares the departments it simulates, registers routes (with
 * their {@link RouteFlags}), seeds its own data, keeps its state, publishes events (webhooks) through
 * {@link SandboxContext#events()} and offers tests its data and hooks through
 * {@link SandboxContext#provide}. The testkit's core names no department: whatever is known about one
 * comes from its module. Service modules are found with {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.cityservices.testkit.SandboxModule}, so the testkit never depends on
 * them; tests can also add modules with {@link CitySandbox.Builder#module(SandboxModule)}.
 *
 * <p>Implementations need a public no-argument constructor for the service loader, and must keep all
 * state in the instance (one instance per sandbox).
 */
public interface SandboxModule {
  /**
   * A stable name; it also derives the module's random generator from the seed.
   *
   * @return the name; by default the implementing class's name
   */
  default String name() {
    return getClass().getName();
  }

  /**
   * The departments this module simulates, read once before any module registers. For each, the
   * platform answers {@code 404 service_not_offered} in cities it does not list, {@code 403
   * insufficient_scope} to app tokens without its scope, and applies the {@link Faults} injected for it.
   * Default: none (the module's routes get only the platform-wide checks).
   *
   * @return the declarations, possibly empty
   */
  default List<DepartmentSpec> departments() {
    return List.of();
  }

  /**
   * Registers routes and seeds data. Called once, after the server is listening.
   *
   * @param context what the sandbox gives the module: router, seed, clock, events, mapper
   */
  void register(SandboxContext context);

  /** Called by {@link CitySandbox#reset()} between tests to forget what tests changed. Default: nothing. */
  default void reset() {}

  /**
   * What the sandbox console shows of a seeded citizen for this module's departments: their fines,
   * bills, bookings, applications, each with its state now. Read-only. Default: nothing.
   *
   * @param citizen a seeded citizen of any city
   * @return the citizen's records with this module's departments, possibly empty
   */
  default List<ConsoleRecord> consoleRecords(Citizen citizen) {
    return List.of();
  }

  /**
   * The changes the sandbox console can make this module's departments announce (record a violation,
   * issue a bill, a state change), each publishing its webhooks. Default: none.
   *
   * @return the actions, possibly empty
   */
  default List<ConsoleAction> consoleActions() {
    return List.of();
  }
}
