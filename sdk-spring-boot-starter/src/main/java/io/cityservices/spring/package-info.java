/**
 * Spring Boot auto-configuration of the SDK: {@link io.cityservices.spring.CityServicesProperties}
 * ({@code cityservices.*}), the {@code CityServices} bean and department client beans, Actuator
 * health per department, Micrometer observations and the webhook endpoint.
 */
@NullMarked
package io.cityservices.spring;

import org.jspecify.annotations.NullMarked;
