/**
 * The traffic services of a city: {@link io.cityservices.traffic.TrafficClient} with violations and
 * fines ({@link io.cityservices.traffic.ViolationsApi}, {@link io.cityservices.traffic.FinesApi}), the
 * driving licence, vehicles, annual inspections and road conditions, and the typed webhook events of
 * {@link io.cityservices.traffic.TrafficEvents}. The contract is {@code src/main/openapi/traffic.yaml}.
 */
@NullMarked
package io.cityservices.traffic;

import org.jspecify.annotations.NullMarked;
