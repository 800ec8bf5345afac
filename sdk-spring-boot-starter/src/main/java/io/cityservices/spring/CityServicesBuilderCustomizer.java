package io.cityservices.spring;

import io.cityservices.core.CityServices;

/**
 * Adjusts the auto-configured {@code CityServices} before it is built, for what properties cannot
 * say (a shared token store, an event de-duplicator, a clock). Declare one as a bean; customizers
 * run in {@link org.springframework.core.annotation.Order} order, after the properties are applied.
 * Interceptors and circuit breaker listeners need no customizer: declare them as beans.
 */
@FunctionalInterface
public interface CityServicesBuilderCustomizer {

  /**
   * Customizes the builder; called once, before the client is built.
   *
   * @param builder the builder with the properties already applied; set or override anything on it
   */
  void customize(CityServices.Builder builder);
}
